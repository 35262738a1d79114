package org.reciprocity.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the login page needs to know about single sign-on: whether it is offered, under which name, where the
 * button goes, and why a sign-in through it was refused. Present whether or not SSO is configured.
 */
@Component
public class SingleSignOn {

    /** The one client registration; the provider must allow {@code {baseUrl}/login/oauth2/code/sso}. */
    static final String REGISTRATION_ID = "sso";
    /** Where the "Sign in with …" button goes (relative to the portal), handled by Spring Security. */
    public static final String START = "oauth2/authorization/" + REGISTRATION_ID;
    /** The query parameter of {@code /login} that carries a {@link Refusal}. */
    public static final String REFUSED_PARAMETER = "sso";

    private final SingleSignOnSettings settings;

    SingleSignOn(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    /** The provider's name for "Sign in with …", or empty when single sign-on is not configured. */
    public Optional<String> providerName() {
        return settings.configured() ? Optional.of(settings.displayName()) : Optional.empty();
    }

    /** Why a sign-in through the provider did not sign anyone in. */
    public enum Refusal {
        /** The provider did not vouch for the e-mail address ({@code email_verified} not true, or no address). */
        UNVERIFIED,
        /** No employee with that e-mail address has an account here; none is made for strangers. */
        UNKNOWN,
        /** The employee's account is disabled. */
        DISABLED,
        /** The provider could not be reached, refused, or the exchange with it failed. */
        FAILED;

        /** The value of {@link #REFUSED_PARAMETER}, also the last part of its translation key. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The message for the login page; its one argument is the provider's name. */
        public String translationKey() {
            return "login.sso.refused." + code();
        }

        public static Optional<Refusal> ofCode(String code) {
            return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
        }
    }
}
