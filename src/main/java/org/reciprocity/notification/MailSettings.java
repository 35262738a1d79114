package org.reciprocity.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notification e-mail from {@code reciprocity.notification.*} (whether mail goes out at all is
 * {@code spring.mail.host}: see {@link MailSwitch}).
 *
 * @param from               the sender's address; empty: {@code spring.mail.properties.mail.from}, else the mail
 *                           server's default for the account
 * @param unsubscribeKey     the secret that signs the unsubscribe links: a link names a person and a category and
 *                           must not be forgeable for anyone else. The default is for development only: production
 *                           sets its own ({@code RECIPROCITY_NOTIFICATION_UNSUBSCRIBE_KEY}); a new key only ends the
 *                           links already mailed
 * @param unsubscribeValid   how long an unsubscribe link works after it was mailed
 * @param unseenAfter        a manager's weekly digest names who on the team was not recognised for this long
 * @param digestHour         the hour (0–23, in the company's time zone) from which the daily digest goes out, and
 *                           the weekly one on Mondays
 */
@ConfigurationProperties("reciprocity.notification")
record MailSettings(@DefaultValue("") String from,
                    @DefaultValue(DEV_KEY) String unsubscribeKey,
                    @DefaultValue("90d") Duration unsubscribeValid,
                    @DefaultValue("60d") Duration unseenAfter,
                    @DefaultValue("7") int digestHour) {

    MailSettings {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("reciprocity.notification.digest-hour is an hour of the day, 0 to 23: "
                    + digestHour);
        }
    }

    static final String DEV_KEY = "dev-only-key-set-reciprocity.notification.unsubscribe-key-in-production";
}
