/**
 * Notifications: every event that asks someone to act or tells them they were heard reaches that person — in the
 * bell (stored per recipient, live while a page is open), by e-mail at once or in a daily or weekly digest, as each
 * person chooses per {@link org.reciprocity.notification.Category}. Listens to everyone's events; nothing depends on
 * it. Who hears what is decided here from what the events say and the trusted lookups of people and security; the
 * content of reports, assessments and private recognitions never goes into a notification.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people", "reporting", "review",
        "recognition", "assessment"})
package org.reciprocity.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
