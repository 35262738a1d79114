/**
 * HR's case of each report, the one owner of its status, deadlines, workflow, assignment, links to employees,
 * outcome and audit trail. Three small services: {@link org.reciprocity.review.ReviewQueue} (the queue and its
 * counts), {@link org.reciprocity.review.CaseWorkflow} (working one case) and
 * {@link org.reciprocity.review.CheckIns} (the managers' check-ins it asks for). A case opens when reporting
 * publishes {@code ReportFiled}; each step the reporter may see goes to them through reporting's
 * {@code ReportInbox}, in the same transaction. What HR decides about staff goes out as events
 * ({@code PraisePublished}, {@code PraiseForwarded}, {@code DignityRecognised}) that recognition hears. Whom a
 * case concerns goes out for the notification module: {@code CaseAlert} (filed, the reporter wrote — it hears
 * reporting's {@code ReporterWrote} — and deadlines near or passed, from {@code DeadlineWatch}, once per deadline)
 * and {@code CheckInRequested}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people", "reporting"})
package org.reciprocity.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
