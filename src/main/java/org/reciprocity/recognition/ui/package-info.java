@NullMarked
package org.reciprocity.recognition.ui;

import org.jspecify.annotations.NullMarked;
