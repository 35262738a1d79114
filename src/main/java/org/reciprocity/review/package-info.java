/**
 * HR's handling of what people told the company: the queue, the workflow with deadlines, links to employees,
 * notes, replies and the audit trail. Uses {@code reporting} through its public service and events.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people", "reporting"})
package org.reciprocity.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
