package org.reciprocity.demo;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reciprocity.security.SignIn;

/**
 * The demo people signed in for one step of the story: each at most once, with the published password, through
 * the front door ({@link SignIn}); closing the cast signs them all out. A sign-in costs a password hash (tens of
 * milliseconds), so a step signs its people in once, together ({@link #signIn}), and does all of their work in
 * their sessions.
 */
final class Cast implements AutoCloseable {

    private final SignIn signIn;
    private final Map<String, SignIn.Session> sessions = new ConcurrentHashMap<>();

    Cast(SignIn signIn) {
        this.signIn = signIn;
    }

    /** Signs these people in now, on every core: the hashes need not wait for each other. */
    Cast signIn(Collection<String> logins) {
        inParallel(logins.stream().distinct().filter(l -> !sessions.containsKey(l)).toList(), this::session);
        return this;
    }

    void as(String login, Runnable work) {
        session(login).run(work);
    }

    <T> T call(String login, Supplier<T> work) {
        return session(login).call(work);
    }

    /**
     * The same person doing one thing for each item, several at a time (as in several browser tabs): for work
     * whose cost is a password hash per item, such as opening accounts.
     */
    <T> void asForEach(String login, Collection<T> items, Consumer<T> work) {
        var session = session(login);
        inParallel(items, item -> session.run(() -> work.accept(item)));
    }

    /** On a thread per core, with the application's class loader (a common pool's threads lack it in the jar). */
    private static <T> void inParallel(Collection<T> items, Consumer<T> work) {
        var threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        var loader = Cast.class.getClassLoader();
        try (var pool = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "demo-cast");
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        })) {
            var all = items.stream().map(item -> CompletableFuture.runAsync(() -> work.accept(item), pool))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private SignIn.Session session(String login) {
        return sessions.computeIfAbsent(login, l -> signIn.withPassword(l, DemoPeople.PASSWORD));
    }

    @Override
    public void close() {
        sessions.values().forEach(SignIn.Session::close);
        sessions.clear();
    }
}
