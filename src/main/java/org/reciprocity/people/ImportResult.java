package org.reciprocity.people;

/** What an import stored. */
public record ImportResult(int created, int updated, int unchanged, int rejected, int departmentsCreated) {
}
