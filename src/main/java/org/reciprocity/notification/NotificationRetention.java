package org.reciprocity.notification;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications, the e-mails sent of them and the digests' rounds are kept {@code reciprocity.notification.keep-for}
 * (90 days), then deleted, once a night; an e-mail not yet sent stays until it is (a round older than every
 * notification has nothing left to tell).
 */
@Component
class NotificationRetention {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final NotificationStore store;
    private final Outbox outbox;
    private final DigestRounds rounds;
    private final Clock clock;
    private final Duration keepFor;

    NotificationRetention(NotificationStore store, Outbox outbox, DigestRounds rounds, Clock clock,
                          @Value("${reciprocity.notification.keep-for:90d}") Duration keepFor) {
        this.store = store;
        this.outbox = outbox;
        this.rounds = rounds;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(cron = "${reciprocity.notification.clean-up-cron:0 15 3 * * *}",
            zone = "${reciprocity.company.time-zone}")
    @SchedulerLock(name = "notification-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    void run() {
        var before = clock.instant().minus(keepFor);
        rounds.deleteOlderThan(before);
        var notifications = store.deleteOlderThan(before);
        var mails = outbox.deleteDoneBefore(before);
        if (notifications + mails > 0) {
            log.info("Deleted {} notifications and {} sent e-mails older than {}", notifications, mails, keepFor);
        }
    }
}
