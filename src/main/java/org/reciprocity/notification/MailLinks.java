package org.reciprocity.notification;

import org.reciprocity.notification.UnsubscribeTokens.Unsubscribe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute links an e-mail carries: a mail is read outside the portal, so every link starts with the portal's
 * public address ({@code reciprocity.public-url}, what people type or the proxy serves), never with the address the
 * server happens to listen on.
 */
@Component
class MailLinks {

    static final String UNSUBSCRIBE_ROUTE = "unsubscribe";
    /** Where each person chooses how they hear of what ({@code ui.NotificationSettingsView}). */
    static final String SETTINGS_ROUTE = "settings/notifications";

    private final String publicUrl;
    private final UnsubscribeTokens tokens;

    MailLinks(@Value("${reciprocity.public-url:http://localhost:8080}") String publicUrl, UnsubscribeTokens tokens) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.tokens = tokens;
    }

    /** @param route relative to the portal's root, as {@link NotificationKind#route(long)} gives it */
    String page(String route) {
        return publicUrl + "/" + route;
    }

    /**
     * Whether a mail's unsubscribe link stops it with one click (RFC 8058: a POST to it, no questions asked): an
     * unsubscribe token does, the settings page that a digest of several categories links to does not.
     */
    static boolean oneClick(String url) {
        return url.contains("/" + UNSUBSCRIBE_ROUTE + "?token=");
    }

    /** The link that stops this kind of mail, for the footer and the {@code List-Unsubscribe} header alike. */
    String unsubscribe(Unsubscribe what) {
        return page(UNSUBSCRIBE_ROUTE) + "?token=" + tokens.issue(what);
    }
}
