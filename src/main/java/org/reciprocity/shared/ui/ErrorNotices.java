package org.reciprocity.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception that escaped a view into a friendly notice. Unexpected ones are logged with a short
 * reference that the notice shows, so that a user's report can be matched to the log; no stack trace
 * reaches the browser.
 */
@Component
class ErrorNotices implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotices.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var ui = UI.getCurrent();
            var cause = rootOf(error.getThrowable());
            if (clientWentAway(error.getThrowable())) {
                // The browser closed the connection (tab closed, page left): nothing to tell anyone.
                log.debug("Client went away: {}", cause.getMessage());
            } else if (cause instanceof OptimisticLockingFailureException) {
                show(ui, "error.conflict");
            } else if (cause instanceof AccessDeniedException) {
                log.info("Refused: {}", cause.getMessage());
                show(ui, "error.forbidden");
            } else {
                var reference = newReference();
                log.error("Unexpected error [ref {}]", reference, error.getThrowable());
                show(ui, "error.unexpected", reference);
            }
        }));
    }

    private static boolean clientWentAway(Throwable t) {
        for (Throwable current = t; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Throwable rootOf(Throwable t) {
        var current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof OptimisticLockingFailureException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }

    private static void show(UI ui, String key, Object... params) {
        if (ui == null) {
            return;
        }
        ui.access(() -> Notices.error(ui.getTranslation(key, params)));
    }
}
