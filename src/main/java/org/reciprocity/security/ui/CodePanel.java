package org.reciprocity.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.IntConsumer;
import org.reciprocity.security.PendingSignIn;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.shared.ui.UserTime;

/** The second step of signing in: the code the app shows now, or one of the recovery codes instead. */
class CodePanel extends Div {

    private final SecondFactorService secondFactor;
    private final PendingSignIn pending;
    private final UserTime time;
    private final Runnable onPassed;
    private final IntConsumer onRecoveryCodeUsed;

    final TextField code;
    final Button verify = new Button();
    final Button useRecoveryCode = new Button();
    final TextField recoveryCode;
    final Button verifyRecoveryCode = new Button();
    private final Div recovery = new Div();

    /** {@code onRecoveryCodeUsed} is told how many recovery codes are left. */
    CodePanel(SecondFactorService secondFactor, PendingSignIn pending, UserTime time, String company,
              Runnable onPassed, IntConsumer onRecoveryCodeUsed) {
        this.secondFactor = secondFactor;
        this.pending = pending;
        this.time = time;
        this.onPassed = onPassed;
        this.onRecoveryCodeUsed = onRecoveryCodeUsed;
        addClassName("second-factor-panel");

        code = CodeFields.appCode(getTranslation("mfa.code.app"));
        code.setAutofocus(true);
        verify.setText(getTranslation("mfa.code.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickListener(e -> verifyAppCode());
        verify.addClickShortcut(Key.ENTER).listenOn(code);

        useRecoveryCode.setText(getTranslation("mfa.code.useRecovery"));
        useRecoveryCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useRecoveryCode.addClickListener(e -> showRecovery());

        recoveryCode = CodeFields.recoveryCode(getTranslation("mfa.code.recovery"));
        recoveryCode.setHelperText(getTranslation("mfa.code.recovery.help"));
        verifyRecoveryCode.setText(getTranslation("mfa.code.verifyRecovery"));
        verifyRecoveryCode.setWidthFull();
        verifyRecoveryCode.addClickListener(e -> verifyRecoveryCode());
        verifyRecoveryCode.addClickShortcut(Key.ENTER).listenOn(recoveryCode);
        recovery.add(recoveryCode, verifyRecoveryCode);
        recovery.addClassName("second-factor-recovery");
        recovery.setVisible(false);

        var help = new Paragraph(getTranslation("mfa.code.lost"));
        help.addClassName("login-help");
        add(new H2(getTranslation("mfa.code.title")), new Paragraph(getTranslation("mfa.code.lead", company)),
                code, verify, useRecoveryCode, recovery, help);
    }

    void verifyAppCode() {
        var typed = code.getValue().replace(" ", "");
        if (!typed.matches("\\d{6}")) {
            code.setErrorMessage(getTranslation("mfa.code.format"));
            code.setInvalid(true);
            return;
        }
        var check = secondFactor.verify(pending, typed);
        if (check.passed()) {
            onPassed.run();
        } else {
            code.clear();
            CodeFields.refuse(code, check, time, "mfa.code.wrong");
        }
    }

    void verifyRecoveryCode() {
        if (recoveryCode.getValue().isBlank()) {
            recoveryCode.setErrorMessage(getTranslation("mfa.code.recovery.required"));
            recoveryCode.setInvalid(true);
            return;
        }
        var check = secondFactor.useRecoveryCode(pending, recoveryCode.getValue());
        if (check.passed()) {
            onRecoveryCodeUsed.accept(check.recoveryCodesLeft());
        } else {
            CodeFields.refuse(recoveryCode, check, time, "mfa.code.recovery.wrong");
        }
    }

    private void showRecovery() {
        useRecoveryCode.setVisible(false);
        recovery.setVisible(true);
        recoveryCode.focus();
    }
}
