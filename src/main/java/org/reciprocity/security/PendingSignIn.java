package org.reciprocity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Someone who gave their password (or signed in with single sign-on) and must still pass their second factor.
 * {@link SecondFactorGate} keeps it in their HTTP session <em>instead of</em> the security context: until they
 * pass, the session is anonymous, so no view, request or service that needs a role opens for it. Only the gate
 * makes one; {@link SecondFactorService} takes it as the proof of whose code is being checked.
 */
public final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The HTTP session attribute under which the gate keeps it. */
    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();

    private final Authentication authentication;
    private final SignedInUser user;
    private final @Nullable String language;
    private final String target;
    private volatile boolean passed;
    private volatile @Nullable String enrolmentSecret;

    PendingSignIn(Authentication authentication, AccountPrincipal principal, String target) {
        this.authentication = authentication;
        this.user = principal.user();
        this.language = principal.language();
        this.target = target;
    }

    /** The pending sign-in a session attribute holds, if it holds one. */
    public static Optional<PendingSignIn> from(@Nullable Object sessionAttribute) {
        return sessionAttribute instanceof PendingSignIn pending ? Optional.of(pending) : Optional.empty();
    }

    public String username() {
        return user.username();
    }

    /** True once a right code was given: the next visit of the gate's continue address completes the sign-in. */
    public boolean passed() {
        return passed;
    }

    long accountId() {
        return user.accountId();
    }

    SignedInUser user() {
        return user;
    }

    @Nullable String language() {
        return language;
    }

    Authentication authentication() {
        return authentication;
    }

    /** Where the person was going when the gate stopped them: a path of this application. */
    String target() {
        return target;
    }

    void pass() {
        passed = true;
    }

    /** The sealed secret of the enrolment this sign-in began, shown again when its page is reloaded. */
    @Nullable String enrolmentSecret() {
        return enrolmentSecret;
    }

    void enrolmentBegun(String sealedSecret) {
        enrolmentSecret = sealedSecret;
    }
}
