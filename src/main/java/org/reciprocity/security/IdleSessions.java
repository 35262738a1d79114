package org.reciprocity.security;

import com.vaadin.flow.server.WrappedSession;

/**
 * The one way an idle session ends: it is marked, and its next request, whatever it is, finds the mark and
 * invalidates the session before anything else runs ({@link SessionTimeoutFilter}), so that the person is signed
 * out and the page that made the request starts over. Marking rather than invalidating on the spot keeps the
 * session intact while Vaadin is still writing to it, on a background thread or at the end of a request.
 */
public final class IdleSessions {

    static final String ENDED = IdleSessions.class.getName() + ".ended";

    private IdleSessions() {
    }

    /** Ends the session at its next request; a session already invalidated stays so. */
    public static void end(WrappedSession session) {
        try {
            session.setAttribute(ENDED, Boolean.TRUE);
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to end
        }
    }
}
