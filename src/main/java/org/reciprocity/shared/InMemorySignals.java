package org.reciprocity.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Signals} within one node (H2): after the commit, on one thread of its own, in the order sent — as
 * PostgreSQL delivers them, so that code written against one behaves the same on the other.
 */
final class InMemorySignals implements Signals, AutoCloseable {

    private final SignalChannels channels = new SignalChannels();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("signals").factory());

    @Override
    public void send(String channel, String payload) {
        SignalChannels.checkedChannel(channel);
        SignalChannels.checkedPayload(payload);
        Runnable deliver = () -> thread.execute(() -> channels.deliver(channel, payload));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    @Override
    public Subscription listen(String channel, Consumer<String> onSignal) {
        channels.add(channel, onSignal);
        return () -> channels.remove(channel, onSignal);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
