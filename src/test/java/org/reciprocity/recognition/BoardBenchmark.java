package org.reciprocity.recognition;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Not a test: seeds recognitions (100,000, or {@code -Dboard.entries=1000000}) and prints how long the board takes
 * for its first page, a deep page (keyset after 80 % of the public entries) and filtered pages, and how many SQL
 * statements a page runs. Run alone, on H2 and on PostgreSQL (surefire's two executions):
 * {@code ./mvnw -o -q test -Dtest=BoardBenchmark -DexcludedGroups=e2e}. Figures: docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
class BoardBenchmark {

    static final int ENTRIES = Integer.getInteger("board.entries", 100_000);
    /** Rows per batch insert: bounded memory whatever the count. */
    static final int CHUNK = 50_000;
    static final int PAGE = 20;
    static final int WARM_UP = 10;
    static final int RUNS = 30;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithUserDetails("anna")
    void board() {
        var ids = directory.search(EmployeeFilter.ALL, PageRequest.of(0, 1000)).stream().map(EmployeeSummary::id).toList();
        var people = directory.findAll(ids);
        var values = vision.activeValues().stream().map(ServiceValue::id).toList();
        var seedStart = System.nanoTime();
        seed(people, values);
        var seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        var total = jdbc.queryForObject("select count(*) from recognition", Long.class);
        var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        var deepAt = ENTRIES * 8 / 10;

        var deepCursor = jdbc.queryForObject("""
                select created_at, id from recognition where visibility = 'PUBLIC' \
                order by created_at desc, id desc offset ? rows fetch next 1 rows only""",
                (rs, n) -> new BoardCursor(rs.getTimestamp(1).toInstant(), rs.getLong(2)), deepAt);
        var location = people.getFirst().location().id();
        var value = values.getFirst();
        var someone = people.get(10).id();

        var out = new StringBuilder();
        out.append("%nBoard benchmark on %s: %,d entries in the database (seeded %,d in %,d ms), page of %d, %d runs after %d warm-up%n"
                .formatted(database, total, ENTRIES, seedMillis, PAGE, RUNS, WARM_UP));
        out.append(measure("first page", () -> recognitions.board(BoardFilter.ALL, null, PAGE)));
        out.append(measure("deep page (after #%,d)".formatted(deepAt), () -> recognitions.board(BoardFilter.ALL, deepCursor, PAGE)));
        out.append(measure("first page, one location", () -> recognitions.board(
                new BoardFilter(null, location, null, null, null), null, PAGE)));
        out.append(measure("first page, one value, colleagues", () -> recognitions.board(
                new BoardFilter(null, null, value, null, Source.COLLEAGUE), null, PAGE)));
        out.append(measure("first page, last 7 days", () -> recognitions.board(
                new BoardFilter(null, null, null, Instant.now().minus(Duration.ofDays(7)), null), null, PAGE)));
        out.append(measure("a person's page", () -> recognitions.receivedBy(someone, null, PAGE)));
        out.append(measure("page of 100 (statement count check)", () -> recognitions.board(BoardFilter.ALL, null, 100)));
        System.out.println(out);
    }

    private String measure(String name, Supplier<List<RecognitionCard>> page) {
        for (var i = 0; i < WARM_UP; i++) {
            page.get();
        }
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        var size = page.get().size();
        var statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        var times = new double[RUNS];
        for (var i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            page.get();
            times[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "  %-38s %3d entries  median %7.2f ms  p90 %7.2f ms  max %7.2f ms  %d statements%n",
                name, size, times[RUNS / 2], times[(int) (RUNS * 0.9)], times[RUNS - 1], statements);
    }

    private void seed(List<EmployeeDetails> people, List<Long> values) {
        var random = new Random(100_000);
        var firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from recognition", Long.class);
        var now = Instant.now();
        for (var from = 0; from < ENTRIES; from += CHUNK) {
            seedChunk(people, values, random, now, firstId + from, Math.min(CHUNK, ENTRIES - from));
        }
        jdbc.execute("alter table recognition alter column id restart with " + (firstId + ENTRIES));
        jdbc.execute("analyze"); // PostgreSQL plans by statistics; H2 accepts the same statement
    }

    private void seedChunk(List<EmployeeDetails> people, List<Long> values, Random random, Instant now, long firstId,
                           int count) {
        var entries = new ArrayList<Object[]>();
        var recipients = new ArrayList<Object[]>();
        var named = new ArrayList<Object[]>();
        for (var i = 0; i < count; i++) {
            var id = firstId + i;
            var giver = people.get(random.nextInt(people.size()));
            var at = now.minus(Duration.ofSeconds(random.nextInt(3 * 365 * 24 * 3600)));
            var source = random.nextInt(10) == 0 ? "CUSTOMER" : "COLLEAGUE";
            entries.add(new Object[]{id, source.equals("CUSTOMER") ? null : giver.id(), source,
                    random.nextInt(100) < 15 ? "PRIVATE" : "PUBLIC",
                    "Benchmark story " + id + ": helped a customer find what they needed and made their day.",
                    Timestamp.from(at), random.nextInt(10)});
            var first = people.get(random.nextInt(people.size()));
            recipients.add(new Object[]{id, first.id(), first.department().id(), first.location().id()});
            if (random.nextInt(5) == 0) {
                var second = people.get(random.nextInt(people.size()));
                if (second.id() != first.id()) {
                    recipients.add(new Object[]{id, second.id(), second.department().id(), second.location().id()});
                }
            }
            var v1 = values.get(random.nextInt(values.size()));
            named.add(new Object[]{id, v1});
            var v2 = values.get(random.nextInt(values.size()));
            if (v2.longValue() != v1.longValue() && random.nextBoolean()) {
                named.add(new Object[]{id, v2});
            }
        }
        jdbc.batchUpdate("""
                insert into recognition (id, giver_id, source, visibility, story, created_at, applause_count) \
                values (?, ?, ?, ?, ?, ?, ?)""", entries);
        jdbc.batchUpdate("insert into recognition_recipient (recognition_id, employee_id, department_id, location_id)"
                + " values (?, ?, ?, ?)", recipients);
        jdbc.batchUpdate("insert into recognition_value (recognition_id, value_id) values (?, ?)", named);
    }
}
