package org.reciprocity.assessment;

/** Whether a manager has submitted for the period — all HR learns about an individual manager. */
public record ManagerParticipation(long employeeId, String name, String department, boolean submitted) {
}
