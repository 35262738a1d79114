package org.reciprocity.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Signals} through PostgreSQL: {@code pg_notify} in the sender's transaction — the database delivers it on
 * commit and drops it on rollback — and one connection per node that {@code LISTEN}s to every channel someone here
 * listens to, on a thread of its own. When that connection breaks (the database restarts), it connects again; what
 * was sent in between is not heard, so a page shows it on its next load, as after any lost push.
 */
final class PostgresSignals implements Signals, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
    private static final int WAIT_MILLIS = 250;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final SignalChannels channels = new SignalChannels();
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Thread listener;
    private volatile boolean running = true;
    /** The channels the current listening connection has issued LISTEN for; emptied when it breaks. */
    private final Set<String> listening = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PostgresSignals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.listener = Thread.ofPlatform().daemon().name("signals-listen").start(this::listenUntilClosed);
    }

    @Override
    public void send(String channel, String payload) {
        // through the transaction's own connection (JdbcTemplate joins it): NOTIFY is transactional
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, SignalChannels.checkedChannel(channel),
                SignalChannels.checkedPayload(payload));
    }

    @Override
    public Subscription listen(String channel, Consumer<String> onSignal) {
        channels.add(channel, onSignal); // the listening thread issues LISTEN for a new channel within WAIT_MILLIS
        return () -> channels.remove(channel, onSignal);
    }

    private void listenUntilClosed() {
        while (running) {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                listenOn(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for signals failed; connecting again in {}", RECONNECT_AFTER, e);
                    sleep(RECONNECT_AFTER);
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        var pg = connection.unwrap(PGConnection.class);
        listening.clear();
        while (running) {
            for (var channel : channels.channels()) {
                if (!listening.contains(channel)) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("LISTEN " + SignalChannels.checkedChannel(channel));
                    }
                    listening.add(channel);
                }
            }
            var notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (var notification : notifications) {
                    channels.deliver(notification.getName(), notification.getParameter());
                }
            }
        }
    }

    /** Whether this node hears the channel yet: a new channel is listened to within a quarter of a second. */
    boolean isListening(String channel) {
        return listening.contains(channel);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
