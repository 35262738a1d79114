package org.reciprocity.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address of the {@code List-Unsubscribe} header. A mail reader POSTs {@code List-Unsubscribe=One-Click} to it
 * (RFC 8058) with no session and no CSRF token (the path is exempt in {@code SecurityConfig}): the signed token
 * decides, the answer is 200 with no content, again on every repeat, or 400 for a token we did not sign or that
 * expired. A reader that only knows RFC 2369 opens it in a browser: GET leads to the page, which stops nothing until
 * asked. Not at the page's own path: a POST-only mapping there makes Spring answer the page's GET with 405 before
 * Vaadin sees it.
 */
@RestController
class OneClickUnsubscribe {

    private static final String PATH = "/" + UnsubscribeService.ONE_CLICK;

    private final Unsubscriptions unsubscriptions;

    OneClickUnsubscribe(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    // the body (List-Unsubscribe=One-Click) is not required: the POST itself is what no link scanner does
    @PostMapping(PATH)
    ResponseEntity<Void> unsubscribe(@RequestParam(name = "token", required = false) @Nullable String token) {
        if (token == null || !unsubscriptions.unsubscribe(token).valid()) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().build();
    }

    @GetMapping(PATH)
    ResponseEntity<Void> page(@RequestParam(name = "token", required = false) @Nullable String token,
                              HttpServletRequest request) {
        var query = token == null || token.length() > UnsubscribeTokens.LONGEST ? ""
                : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, request.getContextPath() + "/" + UnsubscribeService.PAGE + query)
                .build();
    }
}
