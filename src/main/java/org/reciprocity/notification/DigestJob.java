package org.reciprocity.notification;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code reciprocity.notification.digest-every} (an hour): from the digest hour ({@code digest-hour}, 7 in the
 * company's zone) the day's digests, and on Mondays the managers' team summaries and then the week's digests (so that
 * the summary is in them). Whatever is due and not done yet: a run that finds everything done does nothing, so a
 * second node or a restart sends nothing twice. The summaries are made with e-mail off too (they are in the bell).
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final TeamSummary teamSummary;
    private final Digests digests;
    private final MailSwitch mailSwitch;
    private final DigestSchedule schedule;
    private final Clock clock;

    DigestJob(TeamSummary teamSummary, Digests digests, MailSwitch mailSwitch, DigestSchedule schedule, Clock clock) {
        this.teamSummary = teamSummary;
        this.digests = digests;
        this.mailSwitch = mailSwitch;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reciprocity.notification.digest-every:PT1H}",
            initialDelayString = "${reciprocity.notification.digest-every:PT1H}")
    @SchedulerLock(name = "notification-digests", lockAtMostFor = "PT30M")
    void onSchedule() {
        run();
    }

    /** One run, without the lock the scheduler's run takes (tests call this: no second node here). */
    void run() {
        var now = clock.instant();
        var week = schedule.due(Delivery.WEEKLY_DIGEST);
        teamSummary.tell(week, now);
        if (!mailSwitch.on()) {
            return;
        }
        var daily = digests.send(schedule.due(Delivery.DAILY_DIGEST), now);
        var weekly = digests.send(week, now);
        if (daily + weekly > 0) {
            log.info("Queued {} daily and {} weekly digest(s)", daily, weekly);
        }
    }
}
