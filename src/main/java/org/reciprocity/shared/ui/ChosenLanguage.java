package org.reciprocity.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.reciprocity.shared.Languages;
import org.springframework.stereotype.Component;

/**
 * The language someone picked stays picked in this browser, also after the session has ended: a visitor on a
 * Ukrainian browser who switched to Russian is not suddenly read Ukrainian when the page starts over. A cookie holds
 * only the language tag; a new session takes it before the browser's own language. An account's remembered
 * language still wins once signed in ({@code security.LanguageOnSignIn}).
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "reciprocity-language";
    private static final int KEPT_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> Optional.ofNullable(init.getRequest().getCookies())
                .flatMap(cookies -> Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst())
                .flatMap(cookie -> supported(cookie.getValue()))
                .ifPresent(init.getSession()::setLocale));
    }

    /** Remembers the choice in the browser that made it (with the response to the request that made it). */
    static void remember(Locale locale) {
        var response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, Languages.tag(locale));
        cookie.setPath("/");
        cookie.setMaxAge(KEPT_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Only one of the portal's languages, whatever the cookie was edited to say. */
    private static Optional<Locale> supported(String tag) {
        return Languages.SUPPORTED.stream().filter(l -> Languages.tag(l).equals(tag)).findFirst();
    }
}
