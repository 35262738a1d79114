package org.reciprocity.notification;

import java.util.Locale;

/**
 * The e-mail side of notifications, as the bell's side hands over to it. Both methods join the caller's
 * transaction: what they queue is durable with the notification, and sent afterwards, retried until the mail server
 * takes it.
 */
interface NotificationMail {

    /**
     * Queues the e-mail of a notification just stored for someone who chose {@link Delivery#EMAIL} for it.
     *
     * @return whether it was queued (not: e-mail is off, or the person has no address)
     */
    boolean queue(StoredNotification notification);

    /**
     * Queues the content-free notice to a public reporter who gave an address and agreed to be contacted: there is
     * an update at the status page. Never the update itself, never the receipt code.
     */
    void queueReporterNotice(long reportId, String email, Locale language);
}
