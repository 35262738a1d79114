package org.reciprocity.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.assessment.*}.
 *
 * @param cadence  the cadence until HR chooses one in the overview
 * @param minGroup the fewest managers of a department who must have submitted before HR sees its averages
 */
@ConfigurationProperties("reciprocity.assessment")
public record AssessmentSettings(@DefaultValue("MONTHLY") Cadence cadence, @DefaultValue("3") int minGroup) {
}
