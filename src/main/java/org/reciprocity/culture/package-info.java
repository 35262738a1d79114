/**
 * The service vision — the answer to "why do we do this?" — and the service values that recognitions name.
 * Everyone reads the current version and says so; HR sees who has not.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people"})
package org.reciprocity.culture;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
