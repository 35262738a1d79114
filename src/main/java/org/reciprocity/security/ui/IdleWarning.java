package org.reciprocity.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.IdleSessions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Every open page watches its session's idle time: a minute before the session's idle timeout it asks "Still
 * there?" (any click keeps the session, and what was typed stays on the page); at the timeout it ends the session
 * ({@link IdleSessions}) and says so, leaving the page as it was so that typed text can still be copied — the next
 * action starts over (signed out: at the sign-in page). The login page simply starts over, with a fresh form.
 * <p>
 * Idle means no request from the page to the server: Vaadin's heartbeat does not count, typing counts only in
 * fields that send as they go. Vaadin's own idle check ({@code vaadin.closeIdleSessions}) closes only its part of a
 * session; the HTTP session, and with it the sign-in, ends with it here too.
 */
@Component
class IdleWarning implements VaadinServiceInitListener, DisposableBean {

    static final Duration WARNING = Duration.ofMinutes(1);
    /** An open page looks again at least this often, so that a timeout changed meanwhile still warns in time. */
    private static final long RECHECK_MILLIS = Duration.ofMinutes(1).toMillis();
    /** Requests this soon after the warning appeared are the page's reaction to it, not the person's. */
    private static final long ECHO_MILLIS = 2_000;

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, work -> {
        var thread = new Thread(work, "idle-warning");
        thread.setDaemon(true);
        return thread;
    });

    /** This context's holder, not the static one: a second test context in the JVM replaces the static one's. */
    private final SecurityContextHolderStrategy security;

    IdleWarning(SecurityContextHolderStrategy security) {
        this.security = security;
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> new Watch(init.getUI(), signedIn()).start());
        event.getSource().addSessionDestroyListener(destroyed -> {
            var http = destroyed.getSession().getSession();
            if (http != null) { // null when the HTTP session itself ended (sign-out, timeout)
                IdleSessions.end(http);
            }
        });
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private boolean signedIn() {
        var authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** One page's watch; runs under the page's session lock. */
    private final class Watch {

        private final UI ui;
        private final boolean signedIn;
        private @Nullable ScheduledFuture<?> next;
        /** The open warning, which turns into the notice that the session ended; made only when needed. */
        private @Nullable Dialog dialog;
        private @Nullable Paragraph text;
        private @Nullable Button action;
        private long warnedAt;
        private long quietSince;
        private boolean ended;

        Watch(UI ui, boolean signedIn) {
            this.ui = ui;
            this.signedIn = signedIn;
        }

        void start() {
            ui.addDetachListener(detached -> stop());
            checkLater(0); // after this request has shown the page: a dialog opened before it would be lost
        }

        private void stop() {
            var scheduled = next;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        private void checkLater(long millis) {
            next = scheduler.schedule(() -> {
                try {
                    ui.access(this::check);
                } catch (UIDetachedException closed) {
                    // the page is gone
                }
            }, millis, TimeUnit.MILLISECONDS);
        }

        /** Vaadin's last-request time is wall-clock time, so this compares with the system clock too. */
        private void check() {
            var session = ui.getSession();
            var http = session == null ? null : session.getSession();
            if (http == null || ended) {
                return;
            }
            var timeout = http.getMaxInactiveInterval() * 1000L;
            if (timeout <= 0) {
                checkLater(RECHECK_MILLIS);
                return;
            }
            var last = session.getLastRequestTimestamp();
            if (warning() && last <= warnedAt + ECHO_MILLIS) {
                last = quietSince; // the page's own answer to the warning (a field losing focus sends its value)
            }
            var left = timeout - (System.currentTimeMillis() - last);
            if (left <= 0) {
                end(http);
            } else if (left <= WARNING.toMillis()) {
                if (!warning() && !onLoginPage()) {
                    warn(session.getLastRequestTimestamp());
                }
                checkLater(left);
            } else {
                closeWarning(); // someone was active, perhaps on another page of the same session
                checkLater(Math.min(left - WARNING.toMillis(), RECHECK_MILLIS));
            }
        }

        private boolean onLoginPage() {
            try {
                return ui.getCurrentView() instanceof LoginView;
            } catch (IllegalStateException noViewYet) {
                return false;
            }
        }

        private boolean warning() {
            return dialog != null && dialog.isAttached(); // a navigation may have taken it away
        }

        private void warn(long lastRequest) {
            warnedAt = System.currentTimeMillis();
            quietSince = lastRequest;
            var text = new Paragraph();
            var action = new Button(signedIn ? ui.getTranslation("session.idle.stay")
                    : ui.getTranslation("session.idle.stay.anonymous"), click -> {
                if (ended) {
                    ui.getPage().reload();
                } else {
                    stayed();
                }
            });
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            this.text = text;
            this.action = action;
            var shown = new Dialog();
            shown.setRole("alertdialog");
            shown.setWidth("min(28rem, 100vw)");
            shown.setCloseOnOutsideClick(false);
            shown.setHeaderTitle(ui.getTranslation("session.idle.warning.title"));
            text.setText(signedIn ? ui.getTranslation("session.idle.warning.text")
                    : ui.getTranslation("session.idle.warning.text.anonymous"));
            shown.add(text);
            shown.getFooter().add(action);
            shown.addOpenedChangeListener(opened -> {
                if (!opened.isOpened() && dialog == shown) {
                    stayed(); // closed with Esc: that request kept the session as well
                }
            });
            dialog = shown;
            shown.open();
            action.focus();
        }

        /**
         * Marks the session ended and says so in the open warning, changed in place: closing it or opening another
         * would make the page send a request, and the ended session would start the page over at once.
         */
        private void end(WrappedSession http) {
            ended = true;
            IdleSessions.end(http);
            if (onLoginPage()) {
                ui.getPage().reload();
                return;
            }
            if (!warning()) {
                warn(0);
            }
            var shown = dialog;
            var text = this.text;
            var action = this.action;
            if (shown == null || text == null || action == null) {
                return;
            }
            shown.setHeaderTitle(signedIn ? ui.getTranslation("session.idle.ended.title")
                    : ui.getTranslation("session.idle.ended.title.anonymous"));
            text.setText(signedIn ? ui.getTranslation("session.idle.ended.text")
                    : ui.getTranslation("session.idle.ended.text.anonymous"));
            action.setText(signedIn ? ui.getTranslation("session.idle.again")
                    : ui.getTranslation("session.idle.again.anonymous"));
            shown.setModal(false); // what was typed can be selected and copied before going on
            shown.setDraggable(true);
        }

        /** The click that closed the warning kept the session: the next warning is a whole timeout away. */
        private void stayed() {
            if (ended) {
                return;
            }
            closeWarning();
            stop();
            check();
        }

        private void closeWarning() {
            var open = dialog;
            dialog = null;
            text = null;
            action = null;
            if (open != null) {
                open.close();
            }
        }
    }
}
