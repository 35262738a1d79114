package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.security.CurrentUser;

/** The live board on its own: every open board hears about an entry, a closed one neither hears nor hinders. */
class BoardBroadcasterTest {

    final BoardBroadcaster broadcaster = new BoardBroadcaster(mock(RecognitionCards.class), mock(CurrentUser.class));

    static RecognitionCard card(long id) {
        return new RecognitionCard(id, null, List.of(), List.of(), "A story", Source.CUSTOMER, Visibility.PUBLIC,
                Instant.parse("2026-11-27T10:00:00Z"), 0, false);
    }

    @Test
    void everyOpenBoardIsToldThroughItsOwnUiAccess() {
        var first = new ArrayList<Long>();
        var second = new ArrayList<Long>();
        var accessed = new ArrayList<String>();
        broadcaster.subscribe(c -> first.add(c.id()), command -> {
            accessed.add("first");
            command.run();
        });
        var subscription = broadcaster.subscribe(c -> second.add(c.id()), command -> {
            accessed.add("second");
            command.run();
        });

        broadcaster.broadcast(card(1));
        assertThat(first).containsExactly(1L);
        assertThat(second).containsExactly(1L);
        assertThat(accessed).containsExactly("first", "second");

        subscription.cancel();
        broadcaster.broadcast(card(2));
        assertThat(first).containsExactly(1L, 2L);
        assertThat(second).as("a closed board hears nothing more").containsExactly(1L);
    }

    @Test
    void aBoardWhoseUiRefusesAccessDoesNotStopTheOthers() {
        var heard = new ArrayList<Long>();
        var closed = broadcaster.subscribe(c -> { }, command -> {
            throw new IllegalStateException("UI detached");
        });
        broadcaster.subscribe(c -> heard.add(c.id()), Runnable::run);
        broadcaster.broadcast(card(3));
        assertThat(heard).containsExactly(3L);
        closed.cancel();
        assertThat(broadcaster.subscriberCount()).isEqualTo(1);
    }
}
