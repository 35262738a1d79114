package org.reciprocity.security;

/** An employee the admin may open an account for; {@code hasAccount} says whether they already have one. */
public record AccountCandidate(long employeeId, String name, String email, boolean hasAccount) {
}
