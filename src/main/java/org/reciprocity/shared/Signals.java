package org.reciprocity.shared;

import java.util.function.Consumer;

/**
 * Short signals that every server node hears, the one way a change made on one node reaches the open pages on all
 * of them (the live board; later the notification bell). A signal carries ids, never content: each listener reads
 * what it is about with its own permissions. On PostgreSQL this is {@code NOTIFY}/{@code LISTEN}, so two nodes on one
 * database hear each other; on H2, which only ever serves one node, it stays in memory. Both behave alike: a signal
 * is sent when the transaction commits, never for one that rolls back, and heard on a thread of the signals'.
 */
public interface Signals {

    /** The longest payload: PostgreSQL allows under 8,000 bytes; a few ids need far less. */
    int PAYLOAD_MAX = 1000;

    /**
     * Sends {@code payload} on {@code channel} when the current transaction commits, at once outside one.
     *
     * @param channel lower-case letters and underscores
     */
    void send(String channel, String payload);

    /**
     * Hears every signal on {@code channel} from now on, from every node (this one included), on a thread of the
     * signals' own: keep {@code onSignal} short and hand longer work on.
     */
    Subscription listen(String channel, Consumer<String> onSignal);

    /** An open subscription; {@link #close()} ends it. */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
