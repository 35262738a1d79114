@NullMarked
package org.reciprocity.culture.ui;

import org.jspecify.annotations.NullMarked;
