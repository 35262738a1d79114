package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinRequest;
import org.reciprocity.shared.ui.PublicHeader;

/** What the two public pages of reporting, "Tell us" and the status page, share. */
final class PublicPages {

    private PublicPages() {
    }

    /** The public header with both pages' links; its skip link leads to {@code content}. */
    static PublicHeader header(String companyName, boolean signedIn, Component content) {
        return new PublicHeader(companyName, signedIn,
                new Anchor("tell", content.getTranslation("reporting.header.tell")),
                new Anchor("tell/status", content.getTranslation("reporting.header.check"))).skipTo(content);
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
