package org.reciprocity.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.reciprocity.security.PendingSignIn;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;

/**
 * Setting up the authenticator app: scan the QR code or type the key, then confirm with the first code the app
 * shows. Hands the ten new recovery codes on once the code was right.
 */
class EnrolmentPanel extends Div {

    private final SecondFactorService secondFactor;
    private final PendingSignIn pending;
    private final UserTime time;
    private final Consumer<List<String>> onEnrolled;

    /** A text area, read-only: the 32 characters wrap on a phone instead of scrolling out of sight. */
    final TextArea key = new TextArea();
    final TextField code;
    final Button confirm = new Button();

    EnrolmentPanel(SecondFactorService secondFactor, PendingSignIn pending, UserTime time, String company,
                   Consumer<List<String>> onEnrolled) {
        this.secondFactor = secondFactor;
        this.pending = pending;
        this.time = time;
        this.onEnrolled = onEnrolled;
        addClassName("second-factor-panel");
        var enrolment = secondFactor.startEnrolment(pending);

        var qr = new Image(QrCodes.svgDataUri(enrolment.otpauthUri()), getTranslation("mfa.enrol.qr.alt", company));
        qr.addClassName("second-factor-qr");

        key.setLabel(getTranslation("mfa.enrol.key"));
        key.setValue(grouped(enrolment.key()));
        key.setReadOnly(true);
        key.setWidthFull();
        key.addClassName("second-factor-key");
        var copy = new Button(getTranslation("mfa.enrol.key.copy"), VaadinIcon.COPY_O.create(),
                e -> copyKey(enrolment.key()));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        code = CodeFields.appCode(getTranslation("mfa.code.app"));
        confirm.setText(getTranslation("mfa.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        confirm.addClickListener(e -> confirm());
        confirm.addClickShortcut(Key.ENTER).listenOn(code);

        var steps = new OrderedList(
                new ListItem(new Paragraph(getTranslation("mfa.enrol.step.app")), qr),
                new ListItem(new Paragraph(getTranslation("mfa.enrol.step.key")), key, copy),
                new ListItem(new Paragraph(getTranslation("mfa.enrol.step.code")), code, confirm));
        steps.addClassName("second-factor-steps");
        add(new H2(getTranslation("mfa.enrol.title")), new Paragraph(getTranslation("mfa.enrol.lead")), steps);
    }

    void confirm() {
        var typed = code.getValue().replace(" ", "");
        if (!typed.matches("\\d{6}")) {
            code.setErrorMessage(getTranslation("mfa.code.format"));
            code.setInvalid(true);
            return;
        }
        var check = secondFactor.confirmEnrolment(pending, typed);
        if (check.passed()) {
            onEnrolled.accept(check.newRecoveryCodes());
        } else {
            code.clear();
            CodeFields.refuse(code, check, time, "mfa.code.wrong");
        }
    }

    private void copyKey(String text) {
        getElement().executeJs("return navigator.clipboard.writeText($0)", text)
                .then(ok -> Notices.success(getTranslation("mfa.enrol.key.copied")),
                        failed -> key.focus()); // no clipboard (an insecure origin): the key is there to select
    }

    /** In groups of four, as apps and people read it; apps ignore the spaces. */
    static String grouped(String key) {
        return String.join(" ", key.split("(?<=\\G.{4})"));
    }
}
