package org.reciprocity.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.recognition.*}.
 *
 * @param dailyLimit how many recognitions one person gives in a day before being asked "are you sure?": a soft
 *                   limit that keeps recognition meaningful without refusing a genuinely good day
 */
@ConfigurationProperties("reciprocity.recognition")
public record RecognitionSettings(@DefaultValue("5") int dailyLimit) {
}
