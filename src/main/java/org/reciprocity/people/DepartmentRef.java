package org.reciprocity.people;

public record DepartmentRef(long id, long version, String name) {
}
