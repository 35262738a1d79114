@NullMarked
package org.reciprocity.security.ui;

import org.jspecify.annotations.NullMarked;
