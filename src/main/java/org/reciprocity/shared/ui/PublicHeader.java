package org.reciprocity.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The header of the pages a visitor opens without signing in, who therefore has no shell: the skip link, whose portal
 * this is, the page's own links, the way in (or back to the portal when signed in) and the language.
 */
public final class PublicHeader extends Header {

    private final Anchor skip = SkipLink.create(getTranslation("shell.skip"));

    /** @param pages the links this page offers before the way in (e.g. the public pages of reporting) */
    public PublicHeader(String companyName, boolean signedIn, Anchor... pages) {
        addClassName("public-header");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new Span(companyName));
        brand.addClassName("public-brand");
        var links = new Nav(pages);
        links.add(signedIn ? new Anchor("", getTranslation("public.header.portal"))
                : new Anchor("login", getTranslation("public.header.signIn")));
        links.addClassName("public-links");
        links.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        add(skip, brand, links, new LanguageSwitch());
    }

    /** The page's own content, where the skip link leads. */
    public PublicHeader skipTo(HasElement content) {
        SkipLink.target(skip, content.getElement());
        return this;
    }
}
