package org.reciprocity.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Writes {@link SecurityConfig#CONTENT_SECURITY_POLICY} on every response with a fresh random nonce, and the same
 * nonce into every {@code <script>} of Vaadin's host page, so that Vaadin's own inline bootstrap scripts run and an
 * injected inline script, which carries no nonce, does not. The header and the page ask for the nonce in either
 * order; the first one makes it.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy for one response; {@code nonce} is that response's. */
    static String policy(String nonce) {
        return SecurityConfig.CONTENT_SECURITY_POLICY.replace("{nonce}", nonce);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonce(request)));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            var request = page.getVaadinRequest();
            var nonce = nonce(request.getAttribute(NONCE), value -> request.setAttribute(NONCE, value));
            page.getDocument().select("script").attr("nonce", nonce);
        });
    }

    private static String nonce(HttpServletRequest request) {
        return nonce(request.getAttribute(NONCE), value -> request.setAttribute(NONCE, value));
    }

    private static String nonce(@Nullable Object existing, Consumer<String> remember) {
        if (existing instanceof String nonce) {
            return nonce;
        }
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        remember.accept(nonce);
        return nonce;
    }
}
