package org.reciprocity.people;

/** An employee named in a pick list. */
public record EmployeeRef(long id, String fullName, String jobTitle) {
}
