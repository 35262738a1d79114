/**
 * "Tell us" and the reporter's inbox: customers, witnesses and employees report what they saw of staff behaviour —
 * praise, a staff member mistreated by a customer, a customer mistreated by staff — and follow it with a receipt
 * code (or under "My reports"). This module keeps the report as told and what its reporter sees: the statuses
 * they were shown and the conversation ({@link org.reciprocity.reporting.ReportService}). HR's case — status,
 * deadlines, workflow — belongs to {@code review}, which reads reports and records each public step through
 * {@link org.reciprocity.reporting.ReportInbox}. Filing publishes {@link org.reciprocity.reporting.ReportFiled},
 * a reporter's message {@link org.reciprocity.reporting.ReporterWrote} (review tells HR); a step that shows the
 * reporter something new publishes {@link org.reciprocity.reporting.ReporterUpdated} for their notice, which review
 * does not hear, so nothing comes back to the module that caused it. No event carries report content or a code.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people"})
package org.reciprocity.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
