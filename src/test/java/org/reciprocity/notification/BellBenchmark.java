package org.reciprocity.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.StatementCounter;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.reciprocity.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: stores 100,000 notifications ({@code -Dbell.notifications=…}) over the demo company, a tenth of
 * them to one reader, and prints what the bell costs that reader: the unread count (every page), and opening the
 * list (the total, then a page of 20), also deep in the list; with the SQL statements each runs. Run alone, on H2
 * and on PostgreSQL (surefire's two executions): {@code ./mvnw -o test -Dtest=BellBenchmark -DexcludedGroups=e2e}.
 * Figures: docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
class BellBenchmark {

    static final int STORED = Integer.getInteger("bell.notifications", 100_000);
    static final String READER = "yevhen.bilyk";
    static final int CHUNK = 20_000;
    static final int PAGE = 20;
    static final int WARM_UP = 10;
    static final int RUNS = 30;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationService notifications;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;

    @Test
    void bell() {
        var people = runAs.user("olena", () -> directory.search(EmployeeFilter.ALL, PageRequest.of(0, 1000)))
                .stream().map(EmployeeSummary::id).toList();
        var reader = runAs.user("olena", () -> directory.pick("Yevhen Bilyk", PageRequest.of(0, 1)).getFirst().id());
        var start = System.nanoTime();
        seed(people, reader);
        var seedMillis = (System.nanoTime() - start) / 1_000_000;
        var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        var mine = runAs.user(READER, () -> notifications.count());
        var unread = runAs.user(READER, () -> notifications.unreadCount());

        var out = new StringBuilder("%nBell benchmark on %s: %,d notifications stored (in %,d ms), %,d of them the "
                .formatted(database, jdbc.queryForObject("select count(*) from notification", Long.class), seedMillis,
                        mine) + "reader's (%,d unread); %d runs after %d warm-up%n".formatted(unread, RUNS, WARM_UP));
        out.append(measure("unread count (each page)", () -> notifications.unreadCount()));
        out.append(measure("opening: total + first page", () -> {
            notifications.count();
            notifications.newest(0, PAGE, Languages.ENGLISH);
        }));
        out.append(measure("a page at #5,000", () -> notifications.newest(5_000, PAGE, Languages.ENGLISH)));
        System.out.println(out);
    }

    private String measure(String name, Runnable call) {
        return runAs.user(READER, () -> {
            for (var i = 0; i < WARM_UP; i++) {
                call.run();
            }
            var statements = StatementCounter.count(call);
            var times = new double[RUNS];
            for (var i = 0; i < RUNS; i++) {
                var began = System.nanoTime();
                call.run();
                times[i] = (System.nanoTime() - began) / 1_000_000.0;
            }
            Arrays.sort(times);
            return String.format(Locale.ROOT, "  %-30s median %7.2f ms  p90 %7.2f ms  max %7.2f ms  %d statements%n",
                    name, times[RUNS / 2], times[(int) (RUNS * 0.9)], times[RUNS - 1], statements);
        });
    }

    /** A tenth to the reader, the rest to anyone; spread over 90 days, about a third unread. */
    private void seed(List<Long> people, long reader) {
        var random = new Random(100_000);
        var now = Instant.now();
        for (var from = 0; from < STORED; from += CHUNK) {
            var rows = new ArrayList<Object[]>();
            for (var i = from; i < Math.min(STORED, from + CHUNK); i++) {
                var recipient = i % 10 == 0 ? reader : people.get(random.nextInt(people.size()));
                var at = now.minus(Duration.ofSeconds(random.nextInt(90 * 24 * 3600)));
                rows.add(new Object[]{recipient, "RECOGNITION_RECEIVED", 0L, "Anna Kovalenko", "bench:" + i,
                        Timestamp.from(at), random.nextInt(3) == 0 ? null : Timestamp.from(at.plusSeconds(60))});
            }
            jdbc.batchUpdate("""
                    insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at, read_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        jdbc.execute("analyze"); // PostgreSQL plans by statistics; H2 accepts the same statement
    }
}
