package org.reciprocity.notification;

import java.time.Instant;

/**
 * One notification as its recipient lists it: the words in the reader's language, the page it opens, when, and
 * whether it was read.
 *
 * @param route relative to the portal's root, as {@code UI.navigate} takes it
 */
public record NotificationLine(long id, String text, String route, Instant createdAt, boolean read) {
}
