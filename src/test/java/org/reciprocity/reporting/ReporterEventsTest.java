package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciprocity.reporting.ReportServiceTest.client;
import static org.reciprocity.reporting.ReportServiceTest.unique;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What reporting tells the notification module: the reporter has something new to read (once per step HR records
 * that shows them something new, in the language they filed in, with an address only if they consented), and the
 * reporter wrote. Never what was written.
 */
@SpringBootTest
@RecordApplicationEvents
class ReporterEventsTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportInbox inbox;
    @Autowired
    Directory directory;
    @Autowired
    CompanySettings company;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private FileReport report(String what, String email, boolean consent, boolean named) {
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var when = LocalDateTime.now(company.timeZone()).minusHours(2).withSecond(0).withNano(0);
        return new FileReport(ReportKind.STAFF_MISTREATED, podil, when, "Me", unique(what), email, consent, false,
                named, null);
    }

    private ReportReceipt file(FileReport report) {
        return reports.file(report, client());
    }

    private long lastFiledId() {
        return events.stream(ReportFiled.class).reduce((a, b) -> b).orElseThrow().reportId();
    }

    private List<ReporterUpdated> updatesOf(long id) {
        return events.stream(ReporterUpdated.class).filter(e -> e.reportId() == id).toList();
    }

    private void hr(Runnable work) {
        runAs.user("olena", () -> {
            work.run();
            return null;
        });
    }

    @Test
    @WithUserDetails("anna")
    void aNamedReporterIsToldOfEachNewStatusOrReplyOnceInTheLanguageTheyFiledIn() {
        var me = currentUser.require().employeeId();
        file(report("A customer shouted at me at the till.", null, false, true).withLanguage(Locale.of("uk")));
        var id = lastFiledId();
        assertThat(jdbc.queryForObject("select language from report where id = ?", String.class, id)).isEqualTo("uk");
        assertThat(updatesOf(id)).as("filing tells the reporter nothing new").isEmpty();

        hr(() -> inbox.record(InboxStep.status(id, ReportStatus.ACKNOWLEDGED)));
        assertThat(updatesOf(id)).singleElement().satisfies(e -> {
            assertThat(e.reporterEmployeeId()).isEqualTo(me);
            assertThat(e.consentedEmail()).isNull();
            assertThat(e.language()).isEqualTo("uk");
        });

        hr(() -> inbox.record(InboxStep.status(id, ReportStatus.ACKNOWLEDGED)));
        assertThat(updatesOf(id)).as("a status already shown is nothing new").hasSize(1);

        hr(() -> inbox.record(new InboxStep(id, ReportStatus.IN_REVIEW, "We are looking into it.")));
        assertThat(updatesOf(id)).as("a status and a reply at once: one event").hasSize(2);

        hr(() -> inbox.record(InboxStep.reply(id, "We talked to the shift lead.")));
        assertThat(updatesOf(id)).hasSize(3);
    }

    @Test
    @WithUserDetails("max")
    void aPublicReporterIsReachedAtTheirAddressOnlyWithConsentAndAnAnonymousOneNotAtAll() {
        file(report("The guard was rude to me at the entrance.", "me@example.com", true, false));
        var withAddress = lastFiledId();
        file(report("The guard was rude to me at the exit door.", null, false, false)
                .withLanguage(Locale.of("de")));
        var anonymous = lastFiledId();

        hr(() -> inbox.record(InboxStep.reply(withAddress, "Thank you for telling us.")));
        hr(() -> inbox.record(InboxStep.reply(anonymous, "Thank you for telling us.")));

        assertThat(updatesOf(withAddress)).singleElement().satisfies(e -> {
            assertThat(e.consentedEmail()).isEqualTo("me@example.com");
            assertThat(e.reporterEmployeeId()).as("filed as the public, not named").isNull();
            assertThat(e.language()).isEqualTo("en");
        });
        assertThat(updatesOf(anonymous)).singleElement().satisfies(e -> {
            assertThat(e.consentedEmail()).isNull();
            assertThat(e.reporterEmployeeId()).isNull();
            assertThat(e.language()).as("a language the portal does not speak files as English").isEqualTo("en");
        });
    }

    @Test
    @WithUserDetails("anna")
    void theReporterWritingWithTheCodeOrUnderMyReportsIsAnnouncedOnceEach() {
        var receipt = file(report("My manager ignored what a customer did.", null, false, true));
        var id = lastFiledId();
        reports.addReporterMessage(receipt.code(), "One more thing I remembered.", client()).orElseThrow();
        assertThat(events.stream(ReporterWrote.class).filter(e -> e.reportId() == id)).hasSize(1);
        reports.addMyMessage(id, "And it happened again today.").orElseThrow();
        assertThat(events.stream(ReporterWrote.class).filter(e -> e.reportId() == id)).hasSize(2);

        var before = events.stream(ReporterWrote.class).count();
        assertThat(reports.addReporterMessage("NOT-A-CODE", "Anyone there?", client())).isEmpty();
        assertThat(events.stream(ReporterWrote.class).count()).as("no report, no event").isEqualTo(before);
        assertThat(updatesOf(id)).as("the reporter's own message tells them nothing new").isEmpty();
    }
}
