package org.reciprocity.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.Workplaces;

/** A recognised employee, with the department and location they had then (for the board's filters). */
@Embeddable
record Recipient(@Column(name = "employee_id") long employeeId, @Column(name = "department_id") long departmentId,
                 @Column(name = "location_id") long locationId) {

    /** The employee as the directory has them now. */
    static Recipient of(EmployeeDetails person) {
        return new Recipient(person.id(), person.department().id(), person.location().id());
    }

    /** The employee where the directory's trusted read says they work now. */
    static Recipient of(long employeeId, Workplaces.Workplace workplace) {
        return new Recipient(employeeId, workplace.departmentId(), workplace.locationId());
    }
}
