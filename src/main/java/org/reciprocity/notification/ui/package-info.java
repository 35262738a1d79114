/** The bell in the shell, the list of notifications and each person's notification settings. */
@NullMarked
package org.reciprocity.notification.ui;

import org.jspecify.annotations.NullMarked;
