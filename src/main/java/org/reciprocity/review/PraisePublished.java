package org.reciprocity.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HR published a customer's praise, with the customer's consent, for the recognition board. Carries no contact
 * details of the customer.
 *
 * @param reportId    the report it came from (the same report is published once)
 * @param employeeIds the staff members HR linked to it
 * @param story       what the customer wrote, as text
 * @param locationId  where it happened, if known
 * @param publishedAt when HR published it
 */
public record PraisePublished(long reportId, List<Long> employeeIds, String story, @Nullable Long locationId,
                              Instant publishedAt) {
}
