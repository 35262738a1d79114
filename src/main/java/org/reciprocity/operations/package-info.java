/**
 * Keeping the installation alive: the embedded database's nightly backup into a folder with a retention rule.
 * PostgreSQL is backed up by its operator (the README's "Backup and restore"). Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package org.reciprocity.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
