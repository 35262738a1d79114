package org.reciprocity.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.reciprocity.security.SignIn;

/**
 * The demo people signed in for one step of the story: each at most once, with the published password, through
 * the front door ({@link SignIn}); closing the cast signs them all out. Signing in costs a password hash, so a step
 * asks for each person's session once and does all of their work in it.
 */
final class Cast implements AutoCloseable {

    private final SignIn signIn;
    private final Map<String, SignIn.Session> sessions = new HashMap<>();

    Cast(SignIn signIn) {
        this.signIn = signIn;
    }

    void as(String login, Runnable work) {
        session(login).run(work);
    }

    <T> T call(String login, Supplier<T> work) {
        return session(login).call(work);
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
