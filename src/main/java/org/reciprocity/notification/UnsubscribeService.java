package org.reciprocity.notification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe links of e-mails, for anyone who opens one: nobody signs in to read mail on a phone, so the
 * signed token in the link is what decides (see {@link Unsubscriptions}). The page shows what a link stops and stops
 * it only when asked (mail scanners open links); mail readers POST to {@link #ONE_CLICK} (RFC 8058).
 */
@Service
public class UnsubscribeService {

    /** The page an e-mail's footer links to, {@code ?token=…}. */
    public static final String PAGE = "unsubscribe";
    /** The address of the {@code List-Unsubscribe} header, {@code ?token=…}: POST stops the mail, GET opens the page. */
    public static final String ONE_CLICK = "unsubscribe/one-click";

    private final Unsubscriptions unsubscriptions;

    UnsubscribeService(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    /** What the link {@code token} would stop, or why it stops nothing; changes nothing. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Unsubscription read(String token) {
        return unsubscriptions.read(token);
    }

    /** Stops what the link stops (again: nothing more). */
    @PreAuthorize("permitAll()")
    @Transactional
    public Unsubscription unsubscribe(String token) {
        return unsubscriptions.unsubscribe(token);
    }

    /**
     * Puts back what {@link #unsubscribe} changed with the same link, unless a choice was made since.
     *
     * @return whether anything was put back
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean undo(String token, Unsubscription done) {
        return unsubscriptions.undo(token, done);
    }
}
