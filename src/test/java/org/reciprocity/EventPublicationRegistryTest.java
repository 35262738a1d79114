package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.review.PraisePublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events between features are written to the event publication registry in the publisher's transaction and
 * removed once their listener succeeded; what stays there is published again on restart.
 */
@SpringBootTest
class EventPublicationRegistryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;

    @Test
    void anEventIsKeptUntilItsListenerHasHandledIt() {
        var anna = runAs.user("olena", () -> directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst().id());
        var reportId = System.nanoTime();
        var pendingBefore = pending();

        // nobody is signed in, as when the registry publishes again after a restart: the listener needs no one
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(new PraisePublished(reportId, List.of(anna), "Registry check " + reportId, null,
                    Instant.now()));
            assertThat(pending()).as("recorded with the publisher's transaction").isGreaterThan(pendingBefore);
        });

        assertThat(pending()).as("completed publications are deleted").isEqualTo(pendingBefore);
        assertThat(jdbc.queryForObject("select count(*) from recognition where origin_ref = ?", Long.class, reportId))
                .as("the board's listener handled it").isEqualTo(1);
    }

    private long pending() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }
}
