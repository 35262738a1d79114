package org.reciprocity.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.review.*}. ({@code reciprocity.review.reminder-every}, how often
 * {@link DeadlineWatch} looks, default {@code PT5M}, is read by its {@code @Scheduled}.)
 *
 * @param remindBefore how long before an acknowledgement or answer deadline HR is reminded of it
 */
@ConfigurationProperties("reciprocity.review")
record ReviewSettings(@DefaultValue("24h") Duration remindBefore) {
}
