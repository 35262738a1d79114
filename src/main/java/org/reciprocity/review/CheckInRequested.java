package org.reciprocity.review;

import java.time.Instant;

/**
 * HR asked a manager to check in with a staff member after an abusive customer. Names no customer and carries
 * nothing of the report's content.
 */
public record CheckInRequested(long checkInId, long reportId, long managerEmployeeId, long employeeId, Instant at) {
}
