package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.reciprocity.reporting.ReportServiceTest.CODE_PATTERN;
import static org.reciprocity.reporting.ReportServiceTest.client;
import static org.reciprocity.reporting.ReportServiceTest.unique;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.BucketStores;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public channel's limits hold across server nodes on one PostgreSQL: node A is this context's
 * {@link ReportService}, node B a second one made of the same parts over the same DataSource, with buckets of its
 * own making — as a second server would have. Ten reports of a client through A, and the 11th of the hour is refused
 * by B. On H2 the limits are in memory (one node): skipped there.
 */
@SpringBootTest
class ReportLimitAcrossNodesTest {

    @Autowired
    ReportService nodeA;
    @Autowired
    ReportRepository reports;
    @Autowired
    ReportHistory history;
    @Autowired
    ReceiptCodes codes;
    @Autowired
    ReportingSettings settings;
    @Autowired
    Directory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    ReportService nodeB;

    @BeforeEach
    void secondNode() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
                    "H2 serves one node only: its limits are in memory, there is no second node to share them with");
        }
        nodeB = new ReportService(reports, history, codes, settings, directory, currentUser, events, clock, company,
                BucketStores.postgres(dataSource, clock));
    }

    FileReport praise(String what) {
        var twoHoursAgo = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withNano(0);
        return FileReport.anonymous(ReportKind.PRAISE, directory.locationByCode("kyiv-podil").orElseThrow().id(),
                twoHoursAgo, "The tall cashier, badge Andrii", what);
    }

    /** Node B has no proxy of its own: its transaction as the proxy would open it. */
    ReportReceipt fileOnB(FileReport report, String client) {
        return transactions.execute(status -> nodeB.file(report, client));
    }

    @Test
    @WithAnonymousUser
    void theEleventhReportOfAnHourIsRefusedWhicheverNodeItReaches() {
        var key = client();
        for (int i = 0; i < settings.reportsPerHour(); i++) {
            nodeA.file(praise(unique("Report number " + i + " through node A.")), key);
        }
        var before = jdbc.queryForObject("select count(*) from report", Long.class);
        assertThatThrownBy(() -> fileOnB(praise(unique("The 11th, through node B.")), key))
                .isInstanceOf(ReportingException.class).hasMessage("reporting.tooMany.reports");
        assertThat(jdbc.queryForObject("select count(*) from report", Long.class)).isEqualTo(before);
        assertThat(fileOnB(praise(unique("Another client through node B.")), client()).code()).matches(CODE_PATTERN);
    }

    @Test
    @WithAnonymousUser
    void lookupsAreCountedAcrossNodesAndTheTableHoldsNoAddress() {
        var key = "203.0.113." + (int) (Math.random() * 250);
        for (int i = 0; i < settings.lookupsPerHour(); i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.lookup("AAAA-BBBB-CCCC-" + String.format("%04d", i), key)).isEmpty();
        }
        assertThatThrownBy(() -> nodeA.lookup("AAAA-BBBB-CCCC-DDDD", key)).hasMessage("reporting.tooMany.lookups");
        assertThatThrownBy(() -> nodeB.lookup("AAAA-BBBB-CCCC-DDDD", key)).hasMessage("reporting.tooMany.lookups");
        assertThat(jdbc.queryForObject("select count(*) from " + ReportService.LIMITS_TABLE
                + " where id like '%203.0.113%'", Long.class)).isZero();
    }
}
