package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The portal's own figures as Prometheus reads them (the registry's scrape, what {@code /actuator/prometheus}
 * answers): counted from the features' events, by kind and source only, and the overdue gauge giving HR's figure.
 */
@SpringBootTest
class PortalMetricsTest {

    @Autowired
    PrometheusMeterRegistry prometheus;
    @Autowired
    ReportService reports;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    VisionService vision;
    @Autowired
    Directory directory;
    @Autowired
    ReviewQueue review;
    @Autowired
    CompanySettings company;
    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFiledReportCountsByItsKindAndNamesNoPlaceOrPerson() {
        double before = filed(ReportKind.STAFF_MISTREATED);
        double praiseBefore = filed(ReportKind.PRAISE);

        fileStaffMistreated();

        assertThat(filed(ReportKind.STAFF_MISTREATED)).isEqualTo(before + 1);
        assertThat(filed(ReportKind.PRAISE)).as("another kind's series").isEqualTo(praiseBefore);
        var scrape = prometheus.scrape();
        assertThat(scrape).contains("reciprocity_reports_filed_total{kind=\"STAFF_MISTREATED\"} " + (before + 1))
                .contains("reciprocity_reports_filed_total{kind=\"CUSTOMER_MISTREATED\"}");
        assertThat(scrape.lines().filter(line -> line.startsWith("reciprocity_")))
                .as("tags are kinds and sources only").allSatisfy(line -> assertThat(line)
                        .doesNotContain("location", "kyiv", "employee", "Andrii"));
    }

    @Test
    void aRecognitionCountsByItsSource() {
        double before = given("COLLEAGUE");

        runAs.user("anna", () -> {
            var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
            var values = vision.activeValues().stream().limit(2).map(ServiceValue::id).toList();
            return recognitions.give(new GiveRecognition(Set.of(bohdan), Set.copyOf(values),
                    "Bohdan stayed after closing to help a customer find a gift. " + UUID.randomUUID(),
                    Visibility.PRIVATE, true));
        });

        assertThat(given("COLLEAGUE")).isEqualTo(before + 1);
        assertThat(prometheus.scrape())
                .contains("reciprocity_recognitions_given_total{source=\"COLLEAGUE\"} " + (before + 1))
                .contains("reciprocity_recognitions_given_total{source=\"CUSTOMER\"}");
    }

    @Test
    void theOverdueGaugeIsHrsOwnFigureAndGrowsWhenADeadlinePasses() {
        fileStaffMistreated();
        clock.advance(Duration.ofDays(3)); // past the acknowledgement deadline (2 days)

        double overdue = prometheus.get("reciprocity.cases.overdue").gauge().value();

        assertThat(overdue).isEqualTo((double) runAs.user("olena", review::countOverdue)).isGreaterThanOrEqualTo(1);
        assertThat(prometheus.scrape()).contains("reciprocity_cases_overdue " + overdue)
                .contains("reciprocity_ui_active ");
    }

    private void fileStaffMistreated() {
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withSecond(0)
                .withNano(0);
        reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil, occurred, "Cashier at till 2, Andrii",
                "A customer shouted at the cashier for a long time; she stayed calm and polite. "
                        + UUID.randomUUID()), "metrics-" + UUID.randomUUID());
    }

    private double filed(ReportKind kind) {
        return prometheus.get("reciprocity.reports.filed").tag("kind", kind.name()).counter().count();
    }

    private double given(String source) {
        return prometheus.get("reciprocity.recognitions.given").tag("source", source).counter().count();
    }
}
