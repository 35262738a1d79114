package org.reciprocity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds HR of deadlines: a {@link CaseAlert} when an open case's acknowledgement or answer deadline falls within
 * {@code reciprocity.review.remind-before}, and again once it has passed — only while that deadline is unmet
 * ({@link ReviewCase#getDueAt()} is the deadline that still applies: null once answered or closed). Once per
 * deadline: each alert is remembered in {@code review_reminder} in the transaction that publishes it, keyed on the
 * deadline itself, so a later run, another node or a restart announces nothing twice, and a deadline that changed
 * is a new one.
 */
@Component
class DeadlineWatch {

    /** Cases per run: a backlog is worked off a page every run, oldest deadline first. */
    static final int PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ReviewCaseRepository cases;
    private final ApplicationEventPublisher events;
    private final ReviewSettings settings;
    private final Clock clock;

    DeadlineWatch(ReviewCaseRepository cases, ApplicationEventPublisher events, ReviewSettings settings,
                  Clock clock) {
        this.cases = cases;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The first run one interval after start, like the others. No lockAtLeastFor: a node that runs right after
     * another finds nothing left to announce (review_reminder), so a second run costs one query and sends nothing.
     */
    @Scheduled(fixedDelayString = "${reciprocity.review.reminder-every:PT5M}",
            initialDelayString = "${reciprocity.review.reminder-every:PT5M}")
    @SchedulerLock(name = "review-deadline-watch", lockAtMostFor = "PT10M")
    @Transactional
    void onSchedule() {
        run();
    }

    /** One run, without the lock the scheduler's run takes (tests call this: no second node here). */
    @Transactional
    public void run() {
        var now = clock.instant();
        var due = cases.dueForReminder(now, now.plus(settings.remindBefore()), PAGE);
        for (var c : due) {
            var dueAt = Objects.requireNonNull(c.getDueAt());
            var reason = reasonOf(c, now);
            cases.remembered(c.getReportId(), reason.name(), dueAt, now);
            events.publishEvent(new CaseAlert(c.getReportId(), c.getKind(), reason, c.getAssigneeEmployeeId(),
                    dueAt, now));
        }
        if (!due.isEmpty()) {
            log.info("Deadline reminders: {} announced", due.size());
        }
    }

    /** As {@link ReviewCaseRepository#dueForReminder} works it out: which deadline applies, and whether passed. */
    static CaseAlert.Reason reasonOf(ReviewCase c, Instant now) {
        var passed = !Objects.requireNonNull(c.getDueAt()).isAfter(now);
        if (c.getStatus() == CaseStatus.NEW) {
            return passed ? CaseAlert.Reason.ACKNOWLEDGE_OVERDUE : CaseAlert.Reason.ACKNOWLEDGE_DUE_SOON;
        }
        return passed ? CaseAlert.Reason.ANSWER_OVERDUE : CaseAlert.Reason.ANSWER_DUE_SOON;
    }
}
