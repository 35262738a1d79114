package org.reciprocity.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Company-wide settings from {@code reciprocity.company.*}.
 *
 * @param name     the company's name, shown in the shell
 * @param timeZone the zone in which the company's days and periods begin and end
 */
@ConfigurationProperties("reciprocity.company")
public record CompanySettings(@DefaultValue("Reciprocity") String name,
                              @DefaultValue("Europe/Kyiv") ZoneId timeZone) {
}
