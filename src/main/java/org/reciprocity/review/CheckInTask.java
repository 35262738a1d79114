package org.reciprocity.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a manager sees of a check-in: whom to talk to, and where and when the incident happened. Nothing about
 * who reported it.
 */
public record CheckInTask(long id, long version, long employeeId, String employeeName, String locationName,
                          Instant occurredAt, Instant createdAt, @Nullable Instant doneAt) {
}
