package org.reciprocity.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.security.Role;
import org.reciprocity.shared.CompanySettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells managers their self-assessment is due ({@link AssessmentDue}): OPENED once per manager and period while the
 * period runs and they have not submitted, and CLOSING_SOON once when it closes within
 * {@code reciprocity.assessment.remind-before} and they still have not. The period is the one that runs now by HR's
 * cadence, as {@link AssessmentService#currentPeriod()} has it; answers are taken until its end (its {@code to}).
 * Each announcement is remembered in {@code assessment_reminder} in the transaction that publishes it. The manager
 * alone is told; nothing of any answer is read.
 */
@Component
class AssessmentReminders {

    private final AssessmentRepository assessments;
    private final CadenceSettingRepository cadences;
    private final AccountLookup accounts;
    private final ApplicationEventPublisher events;
    private final AssessmentSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    AssessmentReminders(AssessmentRepository assessments, CadenceSettingRepository cadences, AccountLookup accounts,
                        ApplicationEventPublisher events, AssessmentSettings settings, Clock clock,
                        CompanySettings company) {
        this.assessments = assessments;
        this.cadences = cadences;
        this.accounts = accounts;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.zone = company.timeZone();
    }

    /** Hourly; a second run (another node) finds everything remembered and sends nothing, so no lockAtLeastFor. */
    @Scheduled(fixedDelayString = "${reciprocity.assessment.reminder-every:PT1H}",
            initialDelayString = "${reciprocity.assessment.reminder-every:PT1H}")
    @SchedulerLock(name = "assessment-reminders", lockAtMostFor = "PT10M")
    @Transactional
    void onSchedule() {
        run();
    }

    /** One run, without the lock the scheduler's run takes (tests call this: no second node here). */
    @Transactional
    public void run() {
        var now = clock.instant();
        var cadence = cadences.findById(CadenceSetting.ID).map(CadenceSetting::getCadence).orElse(settings.cadence());
        var period = Period.containing(cadence.periodKind(), now, zone);
        var managers = accounts.employeesWithRole(Role.MANAGER);
        if (managers.isEmpty()) {
            return;
        }
        var waiting = new HashSet<>(managers);
        waiting.removeAll(assessments.submittedBy(period.kind(), period.start(), managers));
        var closesAt = period.to(zone);
        announce(waiting, period, AssessmentDue.Stage.OPENED, closesAt, now);
        if (!now.isBefore(closesAt.minus(settings.remindBefore()))) {
            announce(waiting, period, AssessmentDue.Stage.CLOSING_SOON, closesAt, now);
        }
    }

    private void announce(Set<Long> managers, Period period, AssessmentDue.Stage stage, Instant closesAt,
                          Instant now) {
        var done = assessments.remindedOf(period.kind().name(), period.start(), stage.name());
        managers.stream().filter(m -> !done.contains(m)).sorted().forEach(manager -> {
            assessments.remembered(manager, period.start(), period.kind().name(), stage.name(), now);
            events.publishEvent(new AssessmentDue(manager, period, stage, closesAt, now));
        });
    }
}
