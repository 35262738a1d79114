/**
 * The people directory: locations, departments and employees with their managers, and the CSV import of
 * employees. Everyone signed in can look colleagues up; admin and HR keep the directory.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security"})
package org.reciprocity.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
