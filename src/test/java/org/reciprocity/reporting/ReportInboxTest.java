package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reciprocity.reporting.ReportServiceTest.client;
import static org.reciprocity.reporting.ReportServiceTest.unique;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.people.Directory;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** HR's side of the reporter's inbox: reading a report as told, and each public step the reporter then sees. */
@SpringBootTest
@RecordApplicationEvents
class ReportInboxTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportInbox inbox;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ReportReceipt filePraise(String what) {
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var hoursAgo = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withSecond(0)
                .withNano(0);
        return reports.file(FileReport.anonymous(ReportKind.PRAISE, podil, hoursAgo, "The tall cashier", what),
                client());
    }

    private long lastFiledId() {
        return events.stream(ReportFiled.class).reduce((a, b) -> b).orElseThrow().reportId();
    }

    @Test
    @WithUserDetails("olena")
    void hrReadsEverythingTheReporterTold() {
        var what = unique("The delivery driver waited while I found my glasses.");
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var when = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(5).withSecond(0).withNano(0);
        reports.file(new FileReport(ReportKind.PRAISE, podil, when, "Driver Petro", what,
                "grateful@example.com", true, true, false, null), client());

        var details = inbox.find(lastFiledId()).orElseThrow();
        assertThat(details.kind()).isEqualTo(ReportKind.PRAISE);
        assertThat(details.locationName()).isEqualTo("Kyiv — Podil store");
        assertThat(details.what()).isEqualTo(what);
        assertThat(details.who()).isEqualTo("Driver Petro");
        assertThat(details.contactEmail()).isEqualTo("grateful@example.com");
        assertThat(details.publicConsent()).isTrue();
        assertThat(details.reporterEmployeeId()).isNull();
        assertThat(details.history()).extracting(StatusChange::status).containsExactly(ReportStatus.RECEIVED);
    }

    @Test
    @WithUserDetails("olena")
    void hrAnswersAndTheReporterReadsItWithTheCodeAndAnswersBack() {
        var receipt = filePraise(unique("She stayed after closing to help me."));
        var id = lastFiledId();
        inbox.record(InboxStep.reply(id, "Thank you! We told her manager."));
        reports.addReporterMessage(receipt.code(), "Wonderful, thanks for answering.", client());

        var followUp = reports.lookup(receipt.code(), client()).orElseThrow();
        assertThat(followUp.messages()).extracting(ReportMessage::author, ReportMessage::text).containsExactly(
                tuple(ReportAuthor.COMPANY, "Thank you! We told her manager."),
                tuple(ReportAuthor.REPORTER, "Wonderful, thanks for answering."));
        assertThat(inbox.find(id).orElseThrow().messages()).hasSize(2);
    }

    @Test
    @WithUserDetails("olena")
    void eachStepHrRecordsIsShownToTheReporterWithItsDateAndNothingComesBack() {
        var filed = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        clock.set(filed);
        var receipt = filePraise(unique("Fixed my order in one step."));
        var id = lastFiledId();
        clock.advance(Duration.ofHours(3));
        inbox.record(InboxStep.status(id, ReportStatus.ACKNOWLEDGED));
        var acknowledged = clock.instant();
        clock.advance(Duration.ofDays(1));
        inbox.record(new InboxStep(id, ReportStatus.PUBLISHED, "On the board now."));
        inbox.record(InboxStep.status(id, ReportStatus.PUBLISHED));

        var followUp = reports.lookup(receipt.code(), client()).orElseThrow();
        assertThat(followUp.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(followUp.history()).as("a status already shown is not repeated")
                .extracting(StatusChange::status, StatusChange::changedAt)
                .containsExactly(tuple(ReportStatus.RECEIVED, filed), tuple(ReportStatus.ACKNOWLEDGED, acknowledged),
                        tuple(ReportStatus.PUBLISHED, clock.instant()));
        assertThat(followUp.messages()).extracting(ReportMessage::text).containsExactly("On the board now.");
        assertThat(events.stream(Object.class).filter(e -> e.getClass().getPackageName().equals("org.reciprocity.reporting")))
                .as("nothing comes back to review: besides filing, reporting only tells the reporter's notices")
                .extracting(Object::getClass).containsOnly(ReportFiled.class, ReporterUpdated.class);
        assertThat(events.stream(ReporterUpdated.class).filter(e -> e.reportId() == id))
                .as("two steps showed something new; the repeated status did not").hasSize(2);
    }

    @Test
    @WithUserDetails("olena")
    void hrCannotRecordAnEmptyStepOrAGiantReply() {
        filePraise(unique("Someone to reply to."));
        var id = lastFiledId();
        assertThatThrownBy(() -> inbox.record(InboxStep.reply(id, " ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> inbox.record(InboxStep.reply(id, "x".repeat(4001))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(inbox.find(id).orElseThrow().messages()).isEmpty();
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotReadOrAnswerReports() {
        assertThatThrownBy(() -> inbox.find(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.record(InboxStep.reply(1, "Hi"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.record(InboxStep.status(1, ReportStatus.CLOSED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReadsReportsButLeavesAnsweringToHr() {
        assertThat(inbox.find(Long.MAX_VALUE)).isEmpty();
        assertThatThrownBy(() -> inbox.record(InboxStep.reply(1, "Hi"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.record(InboxStep.status(1, ReportStatus.CLOSED)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
