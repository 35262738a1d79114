package org.reciprocity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bucket4j.BucketConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The buckets in PostgreSQL as two server nodes see them: two stores over one DataSource, as two nodes would have,
 * share every bucket; looking fills nothing; a flood of one-off keys stays within the capacity; refilled rows are
 * deleted by the clean-up, which runs under its ShedLock. On H2 the buckets are in memory (one node): skipped there.
 */
@SpringBootTest
class BucketStoresTest {

    private static final String TABLE = "test_bucket";

    @Autowired
    BucketStores stores;
    @Autowired
    BucketCleanUp cleanUp;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MutableClock mutableClock;

    @BeforeEach
    void onPostgresOnly() {
        assumeTrue(stores instanceof PostgresBucketStores,
                "H2 serves one node only: its buckets are in memory, there is no second node to share them with");
        jdbc.execute("create table if not exists " + TABLE
                + " (id varchar(160) not null primary key, state bytea, expires_at bigint)");
        jdbc.update("delete from " + TABLE);
    }

    @AfterEach
    void resetClock() {
        mutableClock.reset();
    }

    private static BucketConfiguration tenAnHour() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofHours(1))).build();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from " + TABLE, Long.class);
    }

    @Test
    void twoNodesCountInTheSameBucket() {
        var nodeA = BucketStores.postgres(dataSource, clock).open(TABLE, 100);
        var nodeB = BucketStores.postgres(dataSource, clock).open(TABLE, 100);
        assertThat(nodeA.bucket("client", BucketStoresTest::tenAnHour).tryConsumeAsMuchAsPossible(7)).isEqualTo(7);
        assertThat(nodeB.bucket("client", BucketStoresTest::tenAnHour).tryConsumeAsMuchAsPossible()).isEqualTo(3);
        assertThat(nodeA.bucket("client", BucketStoresTest::tenAnHour).tryConsume(1)).isFalse();
        assertThat(nodeB.existing("client")).hasValueSatisfying(bucket -> assertThat(bucket.getAvailableTokens())
                .isZero());
        assertThat(nodeB.keysStartingWith("cli").toList()).containsExactly("client");
        nodeB.remove("client");
        assertThat(nodeA.existing("client")).isEmpty();
    }

    @Test
    void lookingForABucketFillsNothing() {
        var store = BucketStores.postgres(dataSource, clock).open(TABLE, 100);
        for (int i = 0; i < 50; i++) {
            assertThat(store.existing("stranger-" + i)).isEmpty();
        }
        assertThat(rows()).isZero();
    }

    @Test
    void aFloodOfOneOffKeysStaysWithinTheCapacity() {
        var store = BucketStores.postgres(dataSource, clock).open(TABLE, 100);
        for (int i = 0; i < 1_000; i++) {
            store.bucket("one-off-" + i, BucketStoresTest::tenAnHour).tryConsume(1);
            assertThat(rows()).as("cut back after every capacity/4 buckets asked for").isLessThanOrEqualTo(100 + 25);
        }
        ((PostgresBucketStore) store).trim();
        assertThat(rows()).isLessThanOrEqualTo(100);
        System.out.printf("BucketStoresTest: 1,000 one-off keys into a store of capacity 100: %d rows kept%n", rows());
    }

    @Test
    void refilledRowsAreDeletedByTheCleanUpWhichRunsOnlyUnderItsLock() {
        var store = stores.open(TABLE, 100);
        store.bucket("client", BucketStoresTest::tenAnHour).tryConsume(1);
        mutableClock.set(clock.instant().plus(Duration.ofMinutes(61)));
        assertThat(store.existing("client")).as("refilled: counts as absent at once").isEmpty();
        assertThat(rows()).as("until the clean-up").isEqualTo(1);

        jdbc.update("delete from shedlock where name = 'bucket-clean-up'");
        var otherNode = SchedulingConfiguration.lockProvider(dataSource, "other-node-" + UUID.randomUUID());
        var held = otherNode.lock(new LockConfiguration(clock.instant(), "bucket-clean-up", Duration.ofMinutes(1),
                Duration.ZERO)).orElseThrow();
        cleanUp.run();
        assertThat(rows()).as("another node holds the clean-up's lock: this one skips it").isEqualTo(1);
        held.unlock();
        cleanUp.run();
        assertThat(rows()).isZero();
    }
}
