package org.reciprocity.recognition;

/** An entry's applause after the reader applauded or took it back. */
public record ApplauseState(int count, boolean applaudedByMe) {
}
