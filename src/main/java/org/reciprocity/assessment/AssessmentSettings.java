package org.reciprocity.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.assessment.*}.
 *
 * @param cadence  the cadence until HR chooses one in the overview
 * @param minGroup the fewest managers of a department who must have submitted before HR sees its averages
 * @param remindBefore how long before a period closes a manager who has not submitted is reminded
 */
@ConfigurationProperties("reciprocity.assessment")
public record AssessmentSettings(@DefaultValue("MONTHLY") Cadence cadence, @DefaultValue("3") int minGroup,
                                 @DefaultValue("3d") Duration remindBefore) {
}
