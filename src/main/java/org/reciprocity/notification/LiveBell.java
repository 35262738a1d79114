package org.reciprocity.notification;

import java.util.concurrent.Executor;

/**
 * Tells an open page that the signed-in person has something new, on whichever server node it was stored. Carries
 * nothing: the page reads the count again as that person.
 */
public interface LiveBell {

    /**
     * For the person signed in when called (nothing for one without an employee record).
     *
     * @param onNews  run through {@code deliver} for each new notification of theirs
     * @param deliver a view passes {@code command -> ui.access(command::run)}
     * @return ends the subscription (a view ends it on detach)
     */
    Subscription subscribe(Runnable onNews, Executor deliver);

    interface Subscription {

        void cancel();
    }
}
