package org.reciprocity.assessment;

import java.util.List;

/** Counts about the manager's team, one per period of the history, named by a translation key. */
public record EvidenceSeries(String labelKey, List<Long> counts) {
}
