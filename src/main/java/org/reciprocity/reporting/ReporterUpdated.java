package org.reciprocity.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The reporter has something new to read: a status they are shown, or a reply. Says only where to reach them —
 * never what changed, never the receipt code.
 *
 * @param reporterEmployeeId the employee who filed it under their name, if so
 * @param consentedEmail     the contact address, only when the reporter agreed to be contacted at it
 * @param language           the language the report was filed in (en, uk, ru)
 */
public record ReporterUpdated(long reportId, @Nullable Long reporterEmployeeId, @Nullable String consentedEmail,
                              String language, Instant at) {
}
