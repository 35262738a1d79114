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

    SingleSignOnFlow(SecurityContextHolderStrategy security, SecurityContextRepository contexts,
                     AuthenticationSuccessHandler afterSignIn) {
        this.security = security;
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
        // SECURITY-LOG: SSO_SIGN_IN_SUCCEEDED account.getUsername()
        afterSignIn.onAuthenticationSuccess(request, response, signedIn);
    }

    /** Back to the login page with the reason; the provider's own error code goes to the log only. */
    void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var refusal = failure instanceof SingleSignOnRefused r ? r.refusal() : Refusal.FAILED;
        if (failure instanceof SingleSignOnRefused r) {
            // SECURITY-LOG: SSO_SIGN_IN_REFUSED r.account(), refusal.code() + " " + r.email()
        } else {
            var reason = failure instanceof OAuth2AuthenticationException o ? o.getError().toString()
                    : String.valueOf(failure.getCause());
            LOG.warn("Single sign-on failed: {}", reason);
            // SECURITY-LOG: SSO_SIGN_IN_REFUSED null, refusal.code() + " " + reason
        }
        response.sendRedirect(request.getContextPath() + "/login?" + SingleSignOn.REFUSED_PARAMETER + "="
                + refusal.code());
    }
}
