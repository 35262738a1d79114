package org.reciprocity.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.reciprocity.shared.Languages;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person who chose a language keeps it on every device: when a page opens for a signed-in account with a
 * remembered language, the page uses it. Everyone else gets their browser's language.
 */
@Component
class LanguageOnSignIn implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                    && principal.language() != null) {
                var session = init.getUI().getSession();
                var remembered = session.getAttribute(REMEMBERED);
                if (remembered == null) {
                    // Only once per session: a later switch in the user menu wins for the rest of it.
                    var locale = Languages.closest(Locale.of(principal.language()));
                    session.setAttribute(REMEMBERED, Boolean.TRUE);
                    session.setLocale(locale);
                    init.getUI().setLocale(locale);
                }
            }
        });
    }

    private static final String REMEMBERED = LanguageOnSignIn.class.getName() + ".applied";
}
