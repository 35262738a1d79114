package org.reciprocity.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.SignedInUser;
import org.reciprocity.shared.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link LiveBell}: {@link NotificationStore} signals the recipient's id on its channel when a notification
 * commits; each node tells the open pages of that person only.
 */
@Component
class BellBroadcaster implements LiveBell {

    private static final Logger log = LoggerFactory.getLogger(BellBroadcaster.class);

    private record Subscriber(Runnable onNews, Executor deliver) {
    }

    private final Map<Long, List<Subscriber>> byRecipient = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    BellBroadcaster(Signals signals, CurrentUser currentUser) {
        this.currentUser = currentUser;
        signals.listen(NotificationStore.CHANNEL, this::heard);
    }

    @Override
    public Subscription subscribe(Runnable onNews, Executor deliver) {
        var me = currentUser.get().map(SignedInUser::employeeId).orElse(null);
        if (me == null) {
            return () -> { };
        }
        var subscriber = new Subscriber(onNews, deliver);
        byRecipient.computeIfAbsent(me, id -> new CopyOnWriteArrayList<>()).add(subscriber);
        return () -> byRecipient.computeIfPresent(me, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    private void heard(String payload) {
        long recipient;
        try {
            recipient = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            log.warn("Not a recipient id on the notification channel: {}", payload);
            return;
        }
        for (var subscriber : byRecipient.getOrDefault(recipient, List.of())) {
            try {
                subscriber.deliver().execute(subscriber.onNews());
            } catch (RuntimeException e) {
                log.debug("A bell could not be told about news for {}", recipient, e); // a closed UI; detach ends it
            }
        }
    }
}
