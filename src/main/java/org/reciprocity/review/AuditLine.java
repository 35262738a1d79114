package org.reciprocity.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line of the audit trail HR reads on a report.
 *
 * @param before the value before (a status name, an employee's name), null when there was none
 * @param after  the value after, or the text of a note or reply
 */
public record AuditLine(Instant at, String actor, AuditAction action, @Nullable String before,
                        @Nullable String after) {
}
