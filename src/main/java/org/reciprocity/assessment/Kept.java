package org.reciprocity.assessment;

/** Did I keep last period's commitment? */
public enum Kept {
    YES, PARTLY, NO
}
