package org.reciprocity.review;

import java.time.Instant;

/**
 * HR took published praise off the recognition board again (after {@link PraisePublished} of the same report).
 *
 * @param reportId      the report whose praise was published
 * @param unpublishedAt when HR took it off
 */
public record PraiseUnpublished(long reportId, Instant unpublishedAt) {
}
