package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.shared.BucketStores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle holds across server nodes on one PostgreSQL: node A is this context's {@link LoginThrottle},
 * node B a second one over the same DataSource with buckets of its own making — as a second server would have. A
 * guesser whose attempts the load balancer spreads over both waits as on one node, and an admin on either node sees
 * and lifts the wait. On H2 the throttle is in memory (one node): skipped there.
 */
@SpringBootTest
class LoginThrottleAcrossNodesTest {

    @Autowired
    LoginThrottle nodeA;
    @Autowired
    ThrottleSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    LoginThrottle nodeB;
    /** An address of this test run's own: the database outlives a test. */
    final String guesser = "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256);

    @BeforeEach
    void secondNode() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
                    "H2 serves one node only: its throttle is in memory, there is no second node to share it with");
        }
        nodeB = new LoginThrottle(BucketStores.postgres(dataSource, clock), settings, clock);
        nodeA.clear(null, guesser);
        nodeA.clear("anna", guesser);
    }

    @Test
    void wrongPasswordsCountedOnOneNodeMakeTheNextAttemptWaitOnTheOther() {
        for (int i = 0; i < settings.freeFailuresPerAccount(); i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.check("anna", guesser)).as("free attempt %d", i + 1).isEmpty();
            node.failed("anna", guesser);
        }
        assertThat(nodeB.check("anna", guesser)).as("node B knows of node A's failures").hasValueSatisfying(
                refusal -> assertThat(refusal.account()).isEqualTo("anna"));
        assertThat(nodeA.check("anna", guesser)).isPresent();
        assertThat(nodeB.delayed()).as("the admin's list on either node")
                .anySatisfy(delay -> assertThat(delay.account()).isEqualTo("anna"));
        assertThat(jdbc.queryForObject("select count(*) from " + LoginThrottle.TABLE + " where id like ?", Long.class,
                "account:anna@" + guesser + "#%")).as("rows of the shared table").isPositive();

        nodeB.clear("anna", guesser);
        assertThat(nodeA.check("anna", guesser)).as("lifted on node B, lifted on node A").isEmpty();
    }

    @Test
    void anAddressSprayingUsernamesOverBothNodesWaitsOnBoth() {
        for (int i = 0; i < settings.freeFailuresPerAddress(); i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed("sprayed." + i, guesser);
        }
        assertThat(nodeA.check("someone.else", guesser)).hasValueSatisfying(r -> assertThat(r.account()).isNull());
        assertThat(nodeB.check("someone.else", guesser)).hasValueSatisfying(r -> assertThat(r.account()).isNull());
        nodeA.clear(null, guesser);
    }
}
