package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/** One employee with everything the editor needs; {@code version} guards against lost updates. */
public record EmployeeDetails(long id, long version, String fullName, String jobTitle, String email,
                              DepartmentRef department, LocationRef location, @Nullable EmployeeRef manager) {
}
