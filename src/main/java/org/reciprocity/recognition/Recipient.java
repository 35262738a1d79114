package org.reciprocity.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A recognised employee, with the department and location they had then (for the board's filters). */
@Embeddable
record Recipient(@Column(name = "employee_id") long employeeId, @Column(name = "department_id") long departmentId,
                 @Column(name = "location_id") long locationId) {
}
