package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import org.reciprocity.shared.ui.LanguageSwitch;

/**
 * The header of the public pages, which anonymous visitors open and so cannot use the shell: the company's
 * name, the two public pages, sign-in (or back to the portal when signed in) and the language.
 */
class PublicHeader extends Header {

    PublicHeader(String companyName, boolean signedIn) {
        addClassName("reporting-header");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new Span(companyName));
        brand.addClassName("reporting-brand");
        var links = new Nav(new Anchor("tell", getTranslation("reporting.header.tell")),
                new Anchor("tell/status", getTranslation("reporting.header.check")),
                signedIn ? new Anchor("", getTranslation("reporting.header.portal"))
                        : new Anchor("login", getTranslation("reporting.header.signIn")));
        links.addClassName("reporting-links");
        links.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        add(brand, links, new LanguageSwitch());
    }

    /**
     * The client's address, only for the rate limits of the public channel (they count under a keyed hash of it).
     * Never stored or logged.
     */
    static String clientKey() {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
