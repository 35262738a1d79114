@NullMarked
package org.reciprocity;

import org.jspecify.annotations.NullMarked;
