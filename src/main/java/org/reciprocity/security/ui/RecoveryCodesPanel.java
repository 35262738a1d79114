package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.reciprocity.shared.ui.Notices;

/** The ten recovery codes, shown this once; the person says they saved them before going on. */
class RecoveryCodesPanel extends Div {

    final UnorderedList codes = new UnorderedList();
    final Button saved = new Button();

    RecoveryCodesPanel(List<String> recoveryCodes, Runnable onSaved) {
        addClassName("second-factor-panel");
        recoveryCodes.forEach(c -> codes.add(new ListItem(c)));
        codes.addClassName("second-factor-codes");
        codes.getElement().setAttribute("aria-label", getTranslation("mfa.recovery.list"));

        var copy = new Button(getTranslation("mfa.recovery.copy"), VaadinIcon.COPY_O.create(), e -> getElement()
                .executeJs("return navigator.clipboard.writeText($0)", String.join("\n", recoveryCodes))
                .then(ok -> Notices.success(getTranslation("mfa.recovery.copied")), failed -> { }));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        saved.setText(getTranslation("mfa.recovery.saved"));
        saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saved.setWidthFull();
        saved.addClickListener(e -> onSaved.run());

        var done = new Paragraph(getTranslation("mfa.recovery.enrolled"));
        done.addClassNames("badge", "success");
        add(done, new H2(getTranslation("mfa.recovery.title")), new Paragraph(getTranslation("mfa.recovery.lead")),
                codes, copy, saved);
    }
}
