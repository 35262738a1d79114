@NullMarked
package org.reciprocity.reporting.ui;

import org.jspecify.annotations.NullMarked;
