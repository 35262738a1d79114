package org.reciprocity.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reciprocity.notification.UnsubscribeTokens.Unsubscribe;
import org.springframework.context.ApplicationContext;

/**
 * Unsubscribe tokens for tests outside this package (the view's), issued by the context's own
 * {@link UnsubscribeTokens}; and tokens made by hand, signed with the context's key, to show what the reader refuses.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String category(ApplicationContext context, long employeeId, Category category) {
        return context.getBean(UnsubscribeTokens.class).issue(Unsubscribe.category(employeeId, category));
    }

    public static String report(ApplicationContext context, long reportId) {
        return context.getBean(UnsubscribeTokens.class).issue(Unsubscribe.report(reportId));
    }

    /** {@code payload} as a token, correctly signed: what only the portal can make. */
    static String signed(ApplicationContext context, String payload) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var bytes = payload.getBytes(StandardCharsets.UTF_8);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(context.getBean(MailSettings.class).unsubscribeKey()
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return encoder.encodeToString(bytes) + "." + encoder.encodeToString(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text a token signs. */
    static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
    }
}
