package org.reciprocity.notification;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notifications are kept {@code reciprocity.notification.keep-for} (90 days), then deleted, once a night; the
 * digests' rounds as long (a round older than every notification has nothing left to tell).
 */
@Component
class NotificationRetention {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final NotificationStore store;
    private final DigestRounds rounds;
    private final Clock clock;
    private final Duration keepFor;

    NotificationRetention(NotificationStore store, DigestRounds rounds, Clock clock,
                          @Value("${reciprocity.notification.keep-for:90d}") Duration keepFor) {
        this.store = store;
        this.rounds = rounds;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(cron = "${reciprocity.notification.clean-up-cron:0 15 3 * * *}",
            zone = "${reciprocity.company.time-zone}")
    @SchedulerLock(name = "notification-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        var before = clock.instant().minus(keepFor);
        rounds.deleteOlderThan(before);
        var removed = store.deleteOlderThan(before);
        if (removed > 0) {
            log.info("Deleted {} notifications older than {}", removed, keepFor);
        }
    }
}
