package org.reciprocity.security;

/** What a {@link SecurityLog} entry says happened; each has a label {@code security.log.kind.<NAME>}. */
public enum SecurityEventKind {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_DELAYED,
    THROTTLE_CLEARED,
    SIGNED_OUT,
    MFA_ENROLLED,
    MFA_PASSED,
    MFA_FAILED,
    MFA_RECOVERY_CODE_USED,
    MFA_RESET,
    PASSWORD_RESET,
    ACCOUNT_OPENED,
    ACCOUNT_CHANGED,
    SSO_SIGN_IN_SUCCEEDED,
    SSO_SIGN_IN_REFUSED,
    REPORTER_IDENTITY_SHOWN;

    public String translationKey() {
        return "security.log.kind." + name();
    }
}
