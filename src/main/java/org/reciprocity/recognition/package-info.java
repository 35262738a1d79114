/**
 * Recognition and the live board: colleagues recognise each other for living the service values, customer
 * praise that HR published joins them, and everyone sees the public ones on the board (the home page), on
 * employees' pages and on TV screens in the shops. Receives events from {@code review}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui", "security", "people", "culture", "review"})
package org.reciprocity.recognition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
