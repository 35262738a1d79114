/**
 * "Tell us": the public channel where customers, witnesses and employees report what they saw of staff
 * behaviour — praise, a staff member mistreated by a customer, a customer mistreated by staff. Reporters follow
 * their report with a receipt code; HR reads and answers through {@link org.reciprocity.reporting.ReportService}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people"})
package org.reciprocity.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
