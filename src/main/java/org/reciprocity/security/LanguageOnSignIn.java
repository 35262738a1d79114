package org.reciprocity.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.Languages;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * A person who chose a language keeps it on every device: when a page opens for a signed-in account with a
 * remembered language (or for one half-way through signing in, on the second-factor page), the page uses it.
 * Everyone else gets their browser's language.
 */
@Component
class LanguageOnSignIn implements VaadinServiceInitListener {

    private final SecurityContextHolderStrategy security;

    LanguageOnSignIn(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the host page first, so that its <html lang> already says the remembered language (whichever of this and
        // shared.ui's listener, which writes the session's language, runs first); then every UI of the session
        event.addIndexHtmlRequestListener(page -> {
            var session = VaadinSession.getCurrent();
            var locale = session == null ? null : applyOnce(session);
            if (locale != null) {
                page.getDocument().getElementsByTag("html")
                        .attr("lang", Languages.tag(locale)).attr("dir", Languages.direction(locale));
            }
        });
        event.getSource().addUIInitListener(init -> {
            var locale = applyOnce(init.getUI().getSession());
            if (locale != null) {
                init.getUI().setLocale(locale);
            }
        });
    }

    /**
     * The remembered language, set as the session's the first time a page of the session asks for it; only once per
     * session: a later switch in the user menu wins for the rest of it. Null when there is nothing (more) to apply.
     */
    private @Nullable Locale applyOnce(VaadinSession session) {
        var language = rememberedLanguage(session);
        if (language == null || session.getAttribute(REMEMBERED) != null) {
            return null;
        }
        var locale = Languages.closest(Locale.of(language));
        session.setAttribute(REMEMBERED, Boolean.TRUE);
        session.setLocale(locale);
        return locale;
    }

    /** The signed-in person's language, or that of the person half-way through, on the second-factor page. */
    private @Nullable String rememberedLanguage(VaadinSession session) {
        var authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.language();
        }
        var wrapped = session.getSession();
        return wrapped == null ? null : PendingSignIn.from(wrapped.getAttribute(PendingSignIn.SESSION_ATTRIBUTE))
                .map(PendingSignIn::language).orElse(null);
    }

    private static final String REMEMBERED = LanguageOnSignIn.class.getName() + ".applied";
}
