package org.reciprocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.recognition.BoardFilter;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Source;
import org.reciprocity.reporting.ReportAuthor;
import org.reciprocity.reporting.ReportMessage;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.reporting.StatusChange;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseQuery;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.ReviewQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The story the demo tells at start-up, as its people see it afterwards: through the public services, where
 * everything the demo did went too.
 */
@SpringBootTest
class DemoStoryTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReviewQueue queue;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    @WithAnonymousUser
    void theReadmesReceiptCodeShowsThePraiseOfBohdanPublishedWithTheCompanysThanks() {
        var report = reports.lookup(DemoReports.DEMO_CODE, "demo-story-" + UUID.randomUUID()).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(report.history()).extracting(StatusChange::status).containsExactly(ReportStatus.RECEIVED,
                ReportStatus.ACKNOWLEDGED, ReportStatus.IN_REVIEW, ReportStatus.PUBLISHED);
        assertThat(report.filedAt()).isBefore(Instant.now().minus(Duration.ofDays(3)));
        assertThat(report.messages()).extracting(ReportMessage::author).containsExactly(ReportAuthor.COMPANY);
    }

    @Test
    @WithUserDetails("olena")
    void hrsQueueHoldsTheSixDemoReportsOnceEachAndTheOneFromLvivIsOverdue() {
        var demo = queue.queue(CaseQuery.ALL, PageRequest.of(0, 1000)).stream()
                .map(row -> workflow.open(row.reportId()).orElseThrow())
                .filter(c -> DemoReports.TOLD.stream().anyMatch(t -> t.what().equals(c.report().what())))
                .toList();
        assertThat(demo).hasSize(DemoReports.TOLD.size());
        var lviv = told(demo, DemoReports.LVIV);
        assertThat(lviv.status()).isEqualTo(CaseStatus.NEW);
        assertThat(lviv.overdue()).isTrue();
        var barista = told(demo, DemoReports.BARISTA);
        assertThat(barista.overdue()).as("came in three hours ago").isFalse();
        var guard = told(demo, DemoReports.GUARD);
        assertThat(guard.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(guard.report().messages()).extracting(ReportMessage::author)
                .containsExactly(ReportAuthor.COMPANY, ReportAuthor.REPORTER);
        var anna = told(demo, DemoReports.ANNA);
        assertThat(anna.reporterName()).isEqualTo("Anna Kovalenko");
        assertThat(anna.outcome()).isNotNull();
        assertThat(anna.trail()).allSatisfy(line -> assertThat(line.actor()).isEqualTo("Olena Bondarenko"));
        assertThat(told(demo, DemoReports.RECEPTION).status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    @WithUserDetails("anna")
    void theBoardHasHalfAYearOfRecognitionsWithApplauseAndThePublishedCustomerPraise() {
        var startedAt = Timestamp.from(Instant.ofEpochMilli(context.getStartupDate()));
        var halfAYear = Timestamp.from(Instant.ofEpochMilli(context.getStartupDate())
                .minus(Duration.ofDays(RecognitionPlan.DAYS + 1)));
        var given = jdbc.queryForObject("select count(*) from recognition where source = 'COLLEAGUE' "
                + "and created_at between ? and ?", Long.class, halfAYear, startedAt);
        assertThat(given).isEqualTo(RecognitionPlan.ENTRIES);
        var applause = jdbc.queryForObject("select count(*) from recognition_applause a join recognition r "
                + "on r.id = a.recognition_id where r.created_at between ? and ?", Long.class, halfAYear, startedAt);
        assertThat(applause).isGreaterThan(RecognitionPlan.ENTRIES);
        var oldest = jdbc.queryForObject("select min(created_at) from recognition where created_at between ? and ?",
                Timestamp.class, halfAYear, startedAt);
        assertThat(oldest.toInstant()).as("given over months, each at its moment")
                .isBefore(startedAt.toInstant().minus(Duration.ofDays(150)));
        var customers = recognitions.board(new BoardFilter(null, null, null, null, Source.CUSTOMER), null, 100);
        assertThat(customers).anySatisfy(card -> {
            assertThat(card.story()).startsWith("I could not find my size");
            assertThat(card.recipients()).extracting(p -> p.name()).containsExactly("Bohdan Tkachenko");
        });
    }

    @Test
    void olenaPublishedTheFirstVisionBeforeTheHalfYearOfRecognitionsBegan() {
        // later versions may come from other tests in this context: the demo's is the first
        var publishedBy = jdbc.queryForObject("select published_by from vision_version where version_no = 1",
                String.class);
        var publishedAt = jdbc.queryForObject("select published_at from vision_version where version_no = 1",
                java.time.OffsetDateTime.class); // asked as a type: H2 and PostgreSQL return different JDBC classes
        assertThat(publishedBy).isEqualTo("Olena Bondarenko");
        assertThat(publishedAt.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(RecognitionPlan.DAYS)));
    }

    private static CaseDetails told(java.util.List<CaseDetails> demo, String key) {
        var what = DemoReports.TOLD.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().what();
        return demo.stream().filter(c -> c.report().what().equals(what)).findFirst().orElseThrow();
    }
}
