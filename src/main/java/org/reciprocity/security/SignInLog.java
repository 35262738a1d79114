package org.reciprocity.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes password sign-ins, their failures and sign-outs into the {@link SecurityLog}. A failed attempt names the
 * account only when one exists: what a stranger typed as a username (often a password in the wrong field) is
 * never stored.
 */
@Component
class SignInLog {

    private final SecurityLog log;
    private final AccountRepository accounts;

    SignInLog(SecurityLog log, AccountRepository accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) { // SSO records its own
            log.record(SecurityEventKind.SIGN_IN_SUCCEEDED, event.getAuthentication().getName(), "password");
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var account = Usernames.canonical(event.getAuthentication().getName())
                .filter(accounts::existsByUsername).orElse(null);
        var reason = event.getException().getClass().getSimpleName().replace("Exception", "");
        log.record(SecurityEventKind.SIGN_IN_FAILED, account, account == null ? "unknown username" : reason);
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        log.record(SecurityEventKind.SIGNED_OUT, event.getAuthentication().getName(), "");
    }
}
