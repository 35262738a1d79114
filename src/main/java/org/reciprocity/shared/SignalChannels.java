package org.reciprocity.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of each channel on this node, and the rules every {@link Signals} applies to what is sent. */
final class SignalChannels {

    private static final Logger log = LoggerFactory.getLogger(SignalChannels.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,40}");

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    static String checkedChannel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("A channel is 1-40 lower-case letters or underscores: " + channel);
        }
        return channel;
    }

    static String checkedPayload(String payload) {
        if (payload.length() > Signals.PAYLOAD_MAX) {
            throw new IllegalArgumentException("A signal carries ids, not content: " + payload.length() + " chars");
        }
        return payload;
    }

    /** @return true when this is the channel's first listener on this node */
    boolean add(String channel, Consumer<String> listener) {
        var first = new boolean[1];
        listeners.computeIfAbsent(checkedChannel(channel), c -> {
            first[0] = true;
            return new CopyOnWriteArrayList<>();
        }).add(listener);
        return first[0];
    }

    void remove(String channel, Consumer<String> listener) {
        var list = listeners.get(channel);
        if (list != null) {
            list.remove(listener);
        }
    }

    java.util.Set<String> channels() {
        return listeners.keySet();
    }

    /** Tells each listener of the channel; one that fails does not keep the others from hearing it. */
    void deliver(String channel, String payload) {
        for (var listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A listener of signal channel {} failed", channel, e);
            }
        }
    }
}
