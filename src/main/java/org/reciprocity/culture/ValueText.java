package org.reciprocity.culture;

/** A service value's wording in one language: its name and what it looks like in daily work. */
public record ValueText(String name, String description) {
}
