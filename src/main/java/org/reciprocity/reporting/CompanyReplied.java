package org.reciprocity.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The company answered a report. {@code reporterEmployeeId} is set only for a named report, so that its
 * reporter can be notified; an anonymous reporter learns it with the receipt code.
 */
public record CompanyReplied(long reportId, @Nullable Long reporterEmployeeId) {
}
