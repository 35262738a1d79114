@NullMarked
package org.reciprocity.shared.ui;

import org.jspecify.annotations.NullMarked;
