@NullMarked
package org.reciprocity.review.ui;

import org.jspecify.annotations.NullMarked;
