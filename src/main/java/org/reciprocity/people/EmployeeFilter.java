package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/** What the directory is narrowed to: a piece of a name or e-mail, a department, a location. */
public record EmployeeFilter(String text, @Nullable Long departmentId, @Nullable Long locationId) {

    public static final EmployeeFilter ALL = new EmployeeFilter("", null, null);
}
