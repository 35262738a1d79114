/**
 * Base types and the UI shell that every feature builds on: the main layout, error handling, time, and
 * internationalisation; and what several server nodes must share through the database — signals, token buckets
 * ({@link org.reciprocity.shared.BucketStores}), the scheduled jobs' locks. Depends on nothing of ours.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.reciprocity.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
