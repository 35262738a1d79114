package org.reciprocity.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.reporting.*}.
 *
 * @param codePepper        the application-wide secret mixed into every receipt-code hash. The default is for
 *                          development only: production sets its own (e.g. {@code RECIPROCITY_REPORTING_CODE_PEPPER})
 *                          and never changes it, or every code issued before stops working
 * @param codeIterations    PBKDF2 iterations per receipt-code hash: slow on purpose
 * @param reportsPerHour    reports one client may file per hour
 * @param lookupsPerHour    receipt-code lookups (and reporter messages) one client may make per hour
 * @param acknowledgeWithin the promise to acknowledge a new report
 * @param answerWithin      the promise to answer it
 */
@ConfigurationProperties("reciprocity.reporting")
record ReportingSettings(@DefaultValue(DEV_PEPPER) String codePepper,
                         @DefaultValue("120000") int codeIterations,
                         @DefaultValue("10") int reportsPerHour,
                         @DefaultValue("20") int lookupsPerHour,
                         @DefaultValue("2d") Duration acknowledgeWithin,
                         @DefaultValue("30d") Duration answerWithin) {

    static final String DEV_PEPPER = "dev-only-pepper-set-reciprocity.reporting.code-pepper-in-production";
}
