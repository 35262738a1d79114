@NullMarked
package org.reciprocity.people.ui;

import org.jspecify.annotations.NullMarked;
