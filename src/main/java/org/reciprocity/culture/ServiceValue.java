package org.reciprocity.culture;

/** A service value as people read it: its name and what it looks like in daily work. */
public record ServiceValue(long id, String name, String description) {
}
