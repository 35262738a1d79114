package org.reciprocity.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the import plans against: every department and location, and the people the file names (as a person or as
 * a manager) with everyone above them, so that a reporting cycle through the existing directory is seen.
 */
record DirectorySnapshot(List<KnownDepartment> departments, List<KnownLocation> locations,
                         List<KnownEmployee> employees) {

    DirectorySnapshot {
        departments = List.copyOf(departments);
        locations = List.copyOf(locations);
        employees = List.copyOf(employees);
    }

    record KnownDepartment(long id, String name) {
    }

    /** A row may name the location by its name or by its code. */
    record KnownLocation(long id, String code, String name) {
    }

    /** A person in the directory, with what a row is compared against; {@code managerEmail} null for none. */
    record KnownEmployee(String email, String fullName, String jobTitle, long departmentId, long locationId,
                         @Nullable String managerEmail) {
    }
}
