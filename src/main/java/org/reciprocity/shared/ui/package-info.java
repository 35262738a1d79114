/** The shell and the small UI parts every feature reuses; features name it as {@code shared::ui}. */
@NullMarked
@NamedInterface("ui")
package org.reciprocity.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
