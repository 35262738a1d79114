package org.reciprocity.assessment;

import java.util.List;

/**
 * The manager's own trend: the periods (oldest first), the submitted scores of each (missing periods have
 * none), and the evidence from their team for the same periods — one series per feature that provides it.
 */
public record History(List<Period> periods, List<PeriodScores> submitted, List<EvidenceSeries> evidence) {
}
