package org.reciprocity.people;

/** What importing a row of the CSV file does. */
public enum ImportStatus {
    /** A person the directory does not know yet (by e-mail). */
    NEW,
    /** A person already in the directory whose details differ. */
    UPDATE,
    /** A person already in the directory exactly as in the file. */
    UNCHANGED,
    /** A row that cannot be imported; {@link ImportRow#reasonKey()} says why. */
    REJECTED;

    public String translationKey() {
        return "people.import.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
