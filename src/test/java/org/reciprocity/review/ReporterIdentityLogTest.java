package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.security.SecurityEventKind;
import org.reciprocity.security.SecurityLog;
import org.reciprocity.security.SecurityLogLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** HR seeing who filed a report, or how to reach them, is in the security log; once per look, not per click. */
class ReporterIdentityLogTest extends ReviewTestSupport {

    @Autowired
    SecurityLog securityLog;

    /** The entries about these reports, newest first. */
    private java.util.List<SecurityLogLine> identityShown(long... reportIds) {
        var details = java.util.Arrays.stream(reportIds).mapToObj(id -> "report " + id + ",").toList();
        return as("admin", () -> securityLog.find(EnumSet.of(SecurityEventKind.REPORTER_IDENTITY_SHOWN), "",
                PageRequest.of(0, 50)).getContent()).stream()
                .filter(line -> details.stream().anyMatch(line.detail()::startsWith)).toList();
    }

    private long fileWithContact() {
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withNano(0);
        reports.file(new FileReport(ReportKind.CUSTOMER_MISTREATED, podil(), occurred, "The cashier at till 2",
                "Shouted at me in front of everyone " + UUID.randomUUID(), "reach.me@example.com", true, false,
                false, null), "identity-" + UUID.randomUUID());
        return events.stream(ReportFiled.class).toList().getLast().reportId();
    }

    @Test
    void openingACaseWithAContactEmailIsLoggedOncePerHourPerPerson() {
        var id = fileWithContact();
        var anonymous = file(ReportKind.CUSTOMER_MISTREATED, false).id();

        as("olena", () -> open(id));
        as("olena", () -> open(id));
        as("olena", () -> open(anonymous));

        var lines = identityShown(id, anonymous);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().actor()).isEqualTo("olena");
        assertThat(lines.getFirst().detail()).isEqualTo("report " + id + ", contact e-mail");
        assertThat(lines.getFirst().toString()).doesNotContain("reach.me@example.com");

        clock.advance(java.time.Duration.ofHours(2));
        as("olena", () -> open(id));
        assertThat(identityShown(id, anonymous)).hasSize(2);
    }
}
