package org.reciprocity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Managers are told a period opened, once each, and reminded once before it closes unless they submitted. In
 * March and April 2037 (the company's zone is Kyiv's), months no other test uses.
 */
@SpringBootTest
@RecordApplicationEvents
class AssessmentRemindersTest {

    static final Period MARCH = new Period(Period.Kind.MONTH, LocalDate.parse("2037-03-01"));
    static final Period APRIL = MARCH.next();
    /** The first instant of April in Kyiv (UTC+3 in summer time). */
    static final Instant MARCH_CLOSES = Instant.parse("2037-03-31T21:00:00Z");

    @Autowired
    AssessmentReminders reminders;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AccountLookup accounts;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<AssessmentDue> due(Period period, AssessmentDue.Stage stage) {
        return events.stream(AssessmentDue.class).filter(e -> e.period().equals(period) && e.stage() == stage)
                .toList();
    }

    @Test
    void eachManagerHearsOnceThatThePeriodOpenedAndOnceBeforeItClosesUnlessTheySubmitted() {
        var managers = accounts.employeesWithRole(Role.MANAGER);
        var max = runAs.user("max", () -> directory.pick("Maksym Shevchenko", PageRequest.of(0, 1)).getFirst().id());
        assertThat(managers).contains(max).hasSizeGreaterThan(1);

        clock.set(Instant.parse("2037-03-10T09:00:00Z"));
        reminders.run();
        reminders.run();
        assertThat(due(MARCH, AssessmentDue.Stage.OPENED)).extracting(AssessmentDue::managerEmployeeId)
                .containsExactlyInAnyOrderElementsOf(managers);
        assertThat(due(MARCH, AssessmentDue.Stage.OPENED)).allSatisfy(e -> {
            assertThat(e.closesAt()).isEqualTo(MARCH_CLOSES);
            assertThat(e.at()).isEqualTo(Instant.parse("2037-03-10T09:00:00Z"));
        });
        assertThat(due(MARCH, AssessmentDue.Stage.CLOSING_SOON)).as("closes in three weeks").isEmpty();

        clock.set(Instant.parse("2037-03-20T09:00:00Z"));
        runAs.user("max", () -> {
            var current = assessments.current();
            return assessments.submit(new SaveAssessment(current.period(), current.version(),
                    List.of(new Answer(4, "Customers"), new Answer(4, "Team"), new Answer(3, "Me")),
                    "Listen first", current.previous() == null ? null : Kept.PARTLY, ""));
        });

        clock.set(MARCH_CLOSES.minus(java.time.Duration.ofDays(3)).minusSeconds(1));
        reminders.run();
        assertThat(due(MARCH, AssessmentDue.Stage.CLOSING_SOON)).as("not yet three days before").isEmpty();
        clock.set(MARCH_CLOSES.minus(java.time.Duration.ofDays(2)));
        reminders.run();
        reminders.run();
        assertThat(due(MARCH, AssessmentDue.Stage.CLOSING_SOON)).extracting(AssessmentDue::managerEmployeeId)
                .as("everyone but Max, who submitted").containsExactlyInAnyOrderElementsOf(
                        managers.stream().filter(m -> m != max).toList());
        assertThat(due(MARCH, AssessmentDue.Stage.OPENED)).hasSize(managers.size());

        clock.set(Instant.parse("2037-04-01T06:00:00Z"));
        reminders.run();
        assertThat(due(APRIL, AssessmentDue.Stage.OPENED)).extracting(AssessmentDue::managerEmployeeId)
                .as("a new period, Max too").containsExactlyInAnyOrderElementsOf(managers);
        assertThat(due(MARCH, AssessmentDue.Stage.CLOSING_SOON)).hasSize(managers.size() - 1);
    }
}
