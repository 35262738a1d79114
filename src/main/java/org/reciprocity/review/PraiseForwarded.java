package org.reciprocity.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HR passed a customer's praise on privately to the staff members it names and their managers (not the board).
 * Carries no contact details of the customer.
 */
public record PraiseForwarded(long reportId, List<Long> employeeIds, List<Long> managerIds, String story,
                              @Nullable Long locationId, Instant forwardedAt) {
}
