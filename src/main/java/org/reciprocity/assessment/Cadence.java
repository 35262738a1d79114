package org.reciprocity.assessment;

/** How often managers look in the mirror. HR chooses; the default comes from the settings. */
public enum Cadence {
    MONTHLY, QUARTERLY;

    Period.Kind periodKind() {
        return this == MONTHLY ? Period.Kind.MONTH : Period.Kind.QUARTER;
    }
}
