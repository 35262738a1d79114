@NullMarked
package org.reciprocity.assessment.ui;

import org.jspecify.annotations.NullMarked;
