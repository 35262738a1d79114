/**
 * Managers' emotional-connection self-assessment: once per period each manager answers three questions with a
 * score, a reflection and one commitment. The answers are that manager's alone; HR sees who has answered and
 * department averages where enough managers answered to keep anyone from being singled out. An hourly job tells
 * each manager that a period opened and, unless they submitted, that it closes soon ({@code AssessmentDue}, once
 * each; nothing of any answer).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people"})
package org.reciprocity.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
