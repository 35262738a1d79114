package org.reciprocity.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters the server will not read (a form post larger than
 * {@code server.tomcat.max-http-form-post-size}, 2 MB by default, or malformed) is answered with its status, 413
 * or 400, and one line in the log. Without this, the first filter that asks for a parameter (the CSRF filter does,
 * on every request) throws, and each such post from anyone wrote two error stack traces to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException e) {
            var status = e.getErrorCode() >= 400 ? e.getErrorCode() : HttpStatus.BAD_REQUEST.value();
            log.info("Refused a request whose parameters cannot be read ({}): {}", status, e.getMessage());
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(status); // not sendError: the error page would try to read the parameters again
            }
        }
    }
}
