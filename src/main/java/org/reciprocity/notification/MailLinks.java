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
     * The two links that stop one kind of mail, with one token: the page a person opens from the footer, and the
     * address of the {@code List-Unsubscribe} header, which a mail reader POSTs to at once (RFC 8058).
     */
    record UnsubscribeLinks(String page, String oneClick) {
    }

    UnsubscribeLinks unsubscribe(Unsubscribe what) {
        var query = "?token=" + tokens.issue(what); // Base64url and a dot: nothing to escape
        return new UnsubscribeLinks(page(UnsubscribeService.PAGE) + query, page(UnsubscribeService.ONE_CLICK) + query);
    }

    /**
     * Whether a mail's {@code List-Unsubscribe} link stops it with one click (RFC 8058: a POST to it, no questions
     * asked): a token's one-click address does, the settings page that a digest of several categories links to not.
     */
    static boolean oneClick(String url) {
        return url.contains("/" + UnsubscribeService.ONE_CLICK + "?token=");
    }
}
