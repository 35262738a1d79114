package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/** A row of the directory. */
public record EmployeeSummary(long id, String fullName, String jobTitle, String email, String department,
                              String location, @Nullable String managerName) {
}
