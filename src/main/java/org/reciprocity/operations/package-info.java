/**
 * Keeping the installation alive: the embedded database's nightly backup into a folder with a retention rule
 * (PostgreSQL is backed up by its operator, the README's "Backup and restore"); Actuator's health groups and
 * Prometheus metrics on the management port, with the portal's own figures counted from the features' events; the
 * request log without personal data; and, on several nodes, the node's route that keeps each browser on its node.
 * Reads and listens to others; nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "reporting", "recognition", "review"})
package org.reciprocity.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
