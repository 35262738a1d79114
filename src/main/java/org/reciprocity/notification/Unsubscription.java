package org.reciprocity.notification;

import org.jspecify.annotations.Nullable;

/**
 * What an unsubscribe link stops, as its page says it, and once followed what following it changed: enough to undo
 * it exactly. It names no person and no address (the link may be opened by anyone who holds the mail).
 *
 * @param category what an employee's link stops; null for a reporter's link (the notices of one report) and for an
 *                 invalid link
 * @param changed  whether following it stopped mail now (false: the mail had stopped already, or not followed yet)
 * @param before   the employee's delivery of the category before it was followed; null for a report
 */
public record Unsubscription(Validity validity, @Nullable Category category, boolean changed,
                             @Nullable Delivery before) {

    /** Whether the link stops anything: a link we did not sign (or cannot read) is FORGED. */
    public enum Validity { VALID, FORGED, EXPIRED }

    static Unsubscription refused(Validity validity) {
        return new Unsubscription(validity, null, false, null);
    }

    public boolean valid() {
        return validity == Validity.VALID;
    }

    /** A reporter's link: it stops the e-mail notices of one report. */
    public boolean forReport() {
        return valid() && category == null;
    }
}
