package org.reciprocity.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.reciprocity.security.PendingSignIn;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.LanguageSwitch;
import org.reciprocity.shared.ui.UserTime;

/**
 * The second step of signing in, for whoever the gate holds back ({@link PendingSignIn}): enrol an authenticator
 * app and save the recovery codes the first time, type a code every time after. Nobody is signed in while this
 * page shows, so it is open to anonymous visitors; without a pending sign-in it sends them on to the start page
 * (and so to sign-in).
 */
@Route(value = "second-factor", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the gate completes the sign-in once a code was accepted (a plain request, not Vaadin's). */
    static final String CONTINUE = "second-factor/continue";

    private final SecondFactorService secondFactor;
    private final UserTime time;
    private final String company;
    private final Div content = new Div();
    final Button cancel = new Button();
    private final LanguageSwitch language = new LanguageSwitch();

    SecondFactorView(SecondFactorService secondFactor, UserTime time, CompanySettings company) {
        this.secondFactor = secondFactor;
        this.time = time;
        this.company = company.name();
        addClassName("login-page");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new H1(company.name()));
        brand.addClassName("login-brand");

        cancel.setText(getTranslation("mfa.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancel());

        var card = new Div(brand, content, cancel, language);
        card.addClassNames("login-card", "second-factor-card");
        add(card);
    }

    /** The sign-in this browser session is half-way through, if any. */
    static Optional<PendingSignIn> pending() {
        var session = VaadinSession.getCurrent();
        var wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Optional.empty()
                : PendingSignIn.from(wrapped.getAttribute(PendingSignIn.SESSION_ATTRIBUTE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = pending().filter(p -> !p.passed()).orElse(null);
        if (pending == null) {
            if (pending().isPresent()) {
                continueSignIn(); // passed already (e.g. in another tab): finish it
            } else {
                event.forwardTo(""); // signed in already, or not at all: the start page knows
            }
            return;
        }
        if (content.getChildren().findAny().isPresent()) {
            return;
        }
        show(secondFactor.isEnrolled(pending)
                ? new CodePanel(secondFactor, pending, time, company, SecondFactorView::continueSignIn,
                        this::usedRecoveryCode)
                : new EnrolmentPanel(secondFactor, pending, time, company, this::enrolled));
    }

    private void enrolled(List<String> recoveryCodes) {
        show(new RecoveryCodesPanel(recoveryCodes, SecondFactorView::continueSignIn));
        // past the second step: leaving, or reloading in another language, would only lose the codes
        cancel.setVisible(false);
        language.setVisible(false);
    }

    /** Signed in with a recovery code: they should know how many are left before they go on. */
    private void usedRecoveryCode(int left) {
        var go = new Button(getTranslation("mfa.continue"), e -> continueSignIn());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setWidthFull();
        var panel = new Div(new H2(getTranslation("mfa.recovery.usedTitle")),
                new Paragraph(getTranslation("mfa.recovery.used", left)), go);
        panel.addClassName("second-factor-panel");
        show(panel);
        cancel.setVisible(false);
        go.focus();
    }

    private void show(Component panel) {
        content.removeAll();
        content.add(panel);
    }

    static void continueSignIn() {
        UI.getCurrent().getPage().setLocation(CONTINUE);
    }

    /** Gives up this sign-in: the session ends, and the person is back at the sign-in page. */
    private void cancel() {
        UI.getCurrent().getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.title");
    }
}
