package org.reciprocity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals on the database the tests run on (H2 in memory, PostgreSQL's NOTIFY in the postgres run): sent on commit,
 * never on rollback, in order; and on PostgreSQL heard by a second node — a second listening connection of its own.
 */
@SpringBootTest
class SignalsTest {

    @Autowired
    Signals signals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    final List<String> heard = new CopyOnWriteArrayList<>();

    @Test
    void aSignalLeavesWhenItsTransactionCommitsAndNeverWhenItRollsBack() {
        try (var ignored = signals.listen("signals_test", heard::add)) {
            awaitListening(signals, "signals_test");
            transactions.executeWithoutResult(status -> {
                signals.send("signals_test", "1");
                assertThat(heard).as("not before the commit").isEmpty();
            });
            transactions.executeWithoutResult(status -> {
                signals.send("signals_test", "rolled back");
                status.setRollbackOnly();
            });
            signals.send("signals_test", "2"); // outside a transaction: at once
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("2"));
            assertThat(heard).containsExactly("1", "2");
        }
    }

    @Test
    void onPostgresqlASecondNodeHearsWhatTheFirstSent() {
        assumeTrue(signals instanceof PostgresSignals, "H2 serves one node only: there is no second node to hear");
        try (var secondNode = new PostgresSignals(dataSource); var ignored = secondNode.listen("two_nodes", heard::add)) {
            awaitListening(secondNode, "two_nodes");
            transactions.executeWithoutResult(status -> signals.send("two_nodes", "42"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("42"));
        }
    }

    @Test
    void aSignalCarriesIdsNotContent() {
        assertThatThrownBy(() -> signals.send("board", "x".repeat(Signals.PAYLOAD_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signals.send("Board; drop table", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitListening(Signals signals, String channel) {
        if (signals instanceof PostgresSignals postgres) {
            await().atMost(Duration.ofSeconds(10)).until(() -> postgres.isListening(channel));
        }
    }
}
