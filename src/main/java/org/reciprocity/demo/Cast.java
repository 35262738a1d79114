package org.reciprocity.demo;

import java.util.Collection;
import java.util.Map;
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
        logins.stream().distinct().filter(l -> !sessions.containsKey(l)).toList().parallelStream()
                .forEach(this::session);
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
        items.parallelStream().forEach(item -> session.run(() -> work.accept(item)));
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
