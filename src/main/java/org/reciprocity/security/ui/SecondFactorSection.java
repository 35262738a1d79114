package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.reciprocity.security.AccountException;
import org.reciprocity.security.AccountSummary;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;

/**
 * An account's second factor in the admin's account dialog: whether it is set up, and a reset for someone who lost
 * their phone — by another admin only, never for oneself.
 */
class SecondFactorSection extends Div {

    private final SecondFactorService secondFactor;
    private final AccountSummary account;
    private final Runnable onReset;
    final Button reset = new Button();

    SecondFactorSection(SecondFactorService secondFactor, UserTime time, AccountSummary account, boolean self,
                        Runnable onReset) {
        this.secondFactor = secondFactor;
        this.account = account;
        this.onReset = onReset;
        addClassName("second-factor-section");
        var since = secondFactor.enrolledSince(account.id()).orElse(null);
        var state = new Paragraph(since == null ? getTranslation("admin.mfa.none")
                : getTranslation("admin.mfa.since", time.date(since)));
        state.addClassName("muted");
        add(new H3(getTranslation("admin.mfa.title")), state);
        if (since == null) {
            return;
        }
        if (self) {
            add(new Paragraph(getTranslation("account.mfa.reset.self")));
            return;
        }
        reset.setText(getTranslation("admin.mfa.reset"));
        reset.setIcon(VaadinIcon.MOBILE.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(e -> {
            var confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("admin.mfa.reset.title", account.username()));
            confirm.setText(getTranslation("admin.mfa.reset.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("admin.mfa.reset"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> reset());
            confirm.open();
        });
        add(reset);
    }

    /** What confirming does. */
    void reset() {
        try {
            secondFactor.reset(account.id());
            Notices.success(getTranslation("admin.mfa.reset.done", account.username()));
            onReset.run();
        } catch (AccountException e) {
            Notices.error(getTranslation(e.messageKey()));
        }
    }
}
