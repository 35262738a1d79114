/**
 * Accounts, roles and sign-in. Other features ask {@link org.reciprocity.security.CurrentUser} who is signed in
 * and protect their services with the role names in {@link org.reciprocity.security.Roles}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shared::ui"})
package org.reciprocity.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
