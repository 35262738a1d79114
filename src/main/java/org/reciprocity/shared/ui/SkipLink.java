package org.reciprocity.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * The first thing a keyboard reaches on every page, the shell's and the public ones: "Skip to content", past the
 * navigation to the page's own content. It moves the focus rather than jumping to "#…": under Vaadin's
 * {@code <base href>} a fragment alone would load the start page.
 */
final class SkipLink {

    /** The content's id unless it has one of its own. */
    static final String CONTENT_ID = "main-content";

    private static final String FOCUS_TARGET = """
            this.addEventListener('click', event => {
              const target = document.getElementById(this.getAttribute('href').substring(1));
              if (target) { event.preventDefault(); target.focus(); }
            });""";

    private SkipLink() {
    }

    static Anchor create(String text) {
        var link = new Anchor("#" + CONTENT_ID, text);
        link.addClassName("skip-link");
        link.setRouterIgnore(true);
        link.addAttachListener(e -> link.getElement().executeJs(FOCUS_TARGET));
        return link;
    }

    /** The content becomes the link's target: focusable by the link (not by Tab), under its id or ours. */
    static void target(Anchor link, Element content) {
        if (!content.hasAttribute("id")) {
            content.setAttribute("id", CONTENT_ID);
        }
        content.setAttribute("tabindex", "-1");
        link.setHref("#" + content.getAttribute("id"));
    }
}
