package org.reciprocity.review;

import java.time.Instant;

/**
 * A staff member was mistreated by a customer and kept their dignity; HR says so, and the staff member is
 * recognised for it (privately: the incident is not for the board).
 *
 * @param reportId     the report of the incident
 * @param employeeId   the staff member
 * @param recognisedAt when HR recorded it
 */
public record DignityRecognised(long reportId, long employeeId, Instant recognisedAt) {
}
