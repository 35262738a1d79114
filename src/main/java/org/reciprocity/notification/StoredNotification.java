package org.reciprocity.notification;

import java.time.Instant;

/** A notification as stored for its recipient (an employee); its text is made in the reader's language. */
public record StoredNotification(long id, long recipientId, NotificationKind kind, long subjectId, String detail,
                                 Instant createdAt) {
}
