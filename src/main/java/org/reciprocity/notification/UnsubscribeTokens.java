package org.reciprocity.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The token of an unsubscribe link: what it stops (an employee's category, or the notices of one report) and until
 * when it works, signed with HMAC-SHA256 so that nobody stops someone else's mail by editing a number. It holds no
 * name and no address; a report is only its id. Links need no sign-in (a person reads mail on a phone), so the
 * signature and the expiry are all that protect them.
 */
@Component
class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Far longer than any token issued (about 90 characters): nothing longer is decoded or hashed. */
    static final int LONGEST = 1024;

    private final SecretKeySpec key;
    private final MailSettings settings;
    private final Clock clock;

    UnsubscribeTokens(MailSettings settings, Clock clock) {
        if (settings.unsubscribeKey().isBlank()) {
            throw new IllegalStateException("Set reciprocity.notification.unsubscribe-key "
                    + "(RECIPROCITY_NOTIFICATION_UNSUBSCRIBE_KEY)");
        }
        if (settings.unsubscribeKey().equals(MailSettings.DEV_KEY)) {
            log.warn("Unsubscribe links are signed with the development key: set "
                    + "reciprocity.notification.unsubscribe-key (RECIPROCITY_NOTIFICATION_UNSUBSCRIBE_KEY) in production");
        }
        this.key = new SecretKeySpec(settings.unsubscribeKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.settings = settings;
        this.clock = clock;
    }

    /** What a valid token stops: an employee's category, or (category null) the notices of a report. */
    record Unsubscribe(@Nullable Long employeeId, @Nullable Category category, @Nullable Long reportId) {

        static Unsubscribe category(long employeeId, Category category) {
            return new Unsubscribe(employeeId, category, null);
        }

        static Unsubscribe report(long reportId) {
            return new Unsubscribe(null, null, reportId);
        }
    }

    String issue(Unsubscribe what) {
        var expires = clock.instant().plus(settings.unsubscribeValid()).getEpochSecond();
        var payload = String.join(":", VERSION,
                what.reportId() != null ? "R" : "E",
                String.valueOf(what.reportId() != null ? what.reportId() : what.employeeId()),
                what.category() != null ? what.category().name() : "",
                String.valueOf(expires));
        var bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** Why a token does not stop anything, for the page to say. */
    enum Refusal { FORGED, EXPIRED }

    /** The unsubscribe a token names, or why it names none (a token that does not parse is forged). */
    record Reading(@Nullable Unsubscribe unsubscribe, @Nullable Refusal refusal) {
    }

    Reading read(String token) {
        var forged = new Reading(null, Refusal.FORGED);
        var dot = token.indexOf('.');
        if (dot < 0 || token.length() > LONGEST) {
            return forged;
        }
        try {
            var payload = DECODER.decode(token.substring(0, dot));
            var signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return forged;
            }
            var parts = new String(payload, StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                return forged;
            }
            if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[4])))) {
                return new Reading(null, Refusal.EXPIRED);
            }
            var id = Long.parseLong(parts[2]);
            return new Reading(switch (parts[1]) {
                case "R" -> Unsubscribe.report(id);
                case "E" -> Unsubscribe.category(id, Category.valueOf(parts[3]));
                default -> throw new IllegalArgumentException(parts[1]);
            }, null);
        } catch (IllegalArgumentException e) {
            // not Base64, not a number, not a category: nobody we signed for
            return forged;
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
