package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database made by the migrations before the reporter's inbox (V1–V8, with reports, histories and cases as the
 * app wrote them) moves to the current schema and keeps every report, status and history step, in the words the
 * app now reads: the reporter's status in reporting, HR's workflow status in review.
 */
class InboxMigrationTest {

    private static final String AT = "timestamp with time zone '2026-11-20 10:00:00+00'";

    @Test
    void reportsStatusesAndHistoriesSurviveTheMoveToTheInbox() {
        var data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:inbox-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(data);
        flyway(data).target("8").load().migrate();
        jdbc.update("insert into location (id, code, name) values (1, 'kyiv-podil', 'Kyiv — Podil store')");
        var statuses = List.of("NEW", "ACKNOWLEDGED", "IN_REVIEW", "RESOLVED", "DISMISSED", "PUBLISHED", "FORWARDED");
        for (int i = 0; i < statuses.size(); i++) {
            var status = statuses.get(i);
            jdbc.update("insert into report (id, code_hash, kind, status, location_id, occurred_at, who, what, "
                    + "filed_at, status_changed_at, first_reply_at) values (?, ?, 'PRAISE', ?, 1, " + AT + ", 'who', "
                    + "'what happened " + i + "', " + AT + ", " + AT + ", " + AT + ")", i + 1, "hash-" + i, status);
            jdbc.update("insert into report_status_change (report_id, status, changed_at) values (?, 'NEW', " + AT
                    + ")", i + 1);
            if (!status.equals("NEW")) {
                jdbc.update("insert into report_status_change (report_id, status, changed_at) values (?, ?, " + AT
                        + ")", i + 1, status);
            }
            jdbc.update("insert into review_case (report_id, kind, status, location_id, filed_at, acknowledge_by, "
                    + "answer_by) values (?, 'PRAISE', ?, 1, " + AT + ", " + AT + ", " + AT + ")", i + 1, status);
        }

        flyway(data).load().migrate();

        assertThat(jdbc.queryForList("select status from report order by id", String.class)).containsExactly(
                "RECEIVED", "ACKNOWLEDGED", "IN_REVIEW", "RESOLVED", "CLOSED", "PUBLISHED", "PASSED_ON");
        assertThat(jdbc.queryForList("select status from report_status_change where report_id = 7 order by id",
                String.class)).containsExactly("RECEIVED", "PASSED_ON");
        assertThat(jdbc.queryForObject("select count(*) from report_status_change", Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForList("select status from review_case order by report_id", String.class))
                .as("HR's workflow keeps its own words").containsExactlyElementsOf(statuses);
        var known = Arrays.stream(ReportStatus.values()).map(Enum::name).toList();
        assertThat(jdbc.queryForList("select distinct status from report_status_change", String.class))
                .as("every step is one the app can read").isSubsetOf(known);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'REPORT'",
                String.class)).doesNotContain("FIRST_REPLY_AT", "LAST_REPORTER_MESSAGE_AT");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource data) {
        return Flyway.configure().dataSource(data).locations("classpath:db/migration");
    }
}
