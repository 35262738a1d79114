package org.reciprocity.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.security.mfa.*}.
 *
 * @param requiredRoles who must pass a second factor (TOTP) after their password or single sign-on: HR, who read
 *                      reporters' identities, and admins by default. Empty: nobody is asked (accounts that enrolled
 *                      still are). In demo mode the demo accounts are exempt ({@link SecondFactorExemption})
 * @param secretKey     the application-wide secret from which the key that encrypts every enrolled TOTP secret,
 *                      and the key of the recovery-code hashes, are derived: a database dump alone gives neither
 *                      away. The default is for development only: production sets its own
 *                      ({@code RECIPROCITY_MFA_SECRET_KEY}) and keeps it, or everyone must enrol again
 */
@ConfigurationProperties("reciprocity.security.mfa")
record SecondFactorSettings(@DefaultValue({"HR", "ADMIN"}) Set<Role> requiredRoles,
                            @DefaultValue(DEV_KEY) String secretKey) {

    static final String DEV_KEY = "dev-only-key-set-reciprocity.security.mfa.secret-key-in-production";
}
