package org.reciprocity;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Counts what the server logs as an error while a test runs: an exception that escaped a view (the "something went
 * wrong" notice), a request that failed with 500, a failed SQL statement. A hostile-input test expects none.
 */
final class ServerErrors extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    private ServerErrors() {
    }

    /** Starts counting, from now until {@link #close()}. */
    static ServerErrors watch() {
        var watcher = new ServerErrors();
        watcher.setName("hostile-input-errors");
        watcher.start();
        root().addAppender(watcher);
        return watcher;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) && !clientWentAway(event)) {
            var cause = event.getThrowableProxy();
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (cause == null ? "" : " — " + cause.getClassName() + ": " + cause.getMessage()));
        }
    }

    /**
     * Atmosphere and Vaadin's push handler log an error when a browser closes the push connection while a message to
     * it is being written (the page was left at that moment): nothing failed for anyone, so it does not count.
     */
    private static boolean clientWentAway(ILoggingEvent event) {
        if (event.getLoggerName().startsWith("org.atmosphere")
                && event.getFormattedMessage().startsWith("Failed to cancel resource")) {
            return true;
        }
        var cause = event.getThrowableProxy();
        return event.getFormattedMessage().startsWith("Exception in push connection") && cause != null
                && (String.valueOf(cause.getMessage()).contains("Socket closed")
                        || cause.getClassName().endsWith("ClientAbortException")
                        || cause.getClassName().endsWith("EOFException"));
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
