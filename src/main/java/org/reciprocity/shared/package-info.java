/**
 * Base types and the UI shell that every feature builds on: the main layout, error handling, time, and
 * internationalisation. Depends on nothing of ours.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.reciprocity.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
