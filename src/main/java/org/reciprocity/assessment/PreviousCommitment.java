package org.reciprocity.assessment;

/** What the manager committed to in an earlier period, to look back on when the next one starts. */
public record PreviousCommitment(Period period, String commitment) {
}
