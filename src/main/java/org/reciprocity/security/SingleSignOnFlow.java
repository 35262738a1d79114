package org.reciprocity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.reciprocity.security.AccountOidcUserService.AccountOidcUser;
import org.reciprocity.security.SingleSignOn.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * How a sign-in through the provider ends: signed in exactly as after a password (our {@link AccountPrincipal} with
 * the account's roles in the session), or back on the login page saying why not.
 */
final class SingleSignOnFlow {

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnFlow.class);

    private final SecurityContextHolderStrategy security;
    private final SecurityContextRepository contexts;
    private final AuthenticationSuccessHandler afterSignIn;
    private final SecurityLog log;
    private final String provider;

    SingleSignOnFlow(SecurityContextHolderStrategy security, SecurityContextRepository contexts,
                     AuthenticationSuccessHandler afterSignIn, SecurityLog log, String provider) {
        this.security = security;
        this.log = log;
        this.provider = provider;
        this.contexts = contexts;
        this.afterSignIn = afterSignIn;
    }

    /**
     * Replaces Spring's OAuth2 authentication (the provider's user and its ID token) with the password sign-in's
     * kind: the session then holds no token, and everything that reads the principal ({@link CurrentUser}, the
     * disabled-account check, the remembered language, the second factor) treats both sign-ins alike. The session
     * id was already renewed by the login filter. The factor authority says how the person proved who they are.
     */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication provided)
            throws IOException, ServletException {
        var account = ((AccountOidcUser) provided.getPrincipal()).account();
        var authorities = new ArrayList<GrantedAuthority>(account.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
        signedIn.setDetails(provided.getDetails());
        var context = security.createEmptyContext();
        context.setAuthentication(signedIn);
        security.setContext(context);
        contexts.saveContext(context, request, response);
        log.record(SecurityEventKind.SSO_SIGN_IN_SUCCEEDED, account.getUsername(), provider);
        afterSignIn.onAuthenticationSuccess(request, response, signedIn);
    }

    /**
     * Back to the login page with the reason. The log gets the address the provider vouched for (never a token);
     * of a failed exchange, only the provider's error code.
     */
    void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var refusal = failure instanceof SingleSignOnRefused r ? r.refusal() : Refusal.FAILED;
        if (failure instanceof SingleSignOnRefused r) {
            log.record(SecurityEventKind.SSO_SIGN_IN_REFUSED, r.account(),
                    refusal.code() + (r.email() == null ? "" : ": " + r.email()));
        } else {
            // the provider's answer (e.g. access_denied), or no answer: its configuration could not be fetched
            var error = failure instanceof OAuth2AuthenticationException o ? o.getError() : null;
            LOG.warn("Single sign-on with {} failed: {}", provider,
                    error != null ? error : String.valueOf(failure.getCause()));
            log.record(SecurityEventKind.SSO_SIGN_IN_REFUSED, null,
                    refusal.code() + ": " + (error != null ? error.getErrorCode() : "provider not reachable"));
        }
        response.sendRedirect(request.getContextPath() + "/login?" + SingleSignOn.REFUSED_PARAMETER + "="
                + refusal.code());
    }
}
