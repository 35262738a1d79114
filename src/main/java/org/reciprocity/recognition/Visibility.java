package org.reciprocity.recognition;

/** PUBLIC reaches the board; PRIVATE only the giver, the recipients and the recipients' managers. */
public enum Visibility {
    PUBLIC, PRIVATE
}
