/**
 * The demo company and its history, told at start-up when {@code reciprocity.demo-data} is on: the directory and
 * accounts, the vision and values, half a year of recognitions and applause, a year of a manager's
 * self-assessments, a few reports and HR's work on them. Everything goes through the features' public services,
 * signed in as the person who would do it in reality ({@link org.reciprocity.security.SignIn}), at the moment it
 * happened in the story ({@link org.reciprocity.shared.StoryClock}). One runner, one explicit order
 * ({@link org.reciprocity.demo.DemoData}); no repository, no entity. Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "security", "people", "culture", "recognition", "assessment",
        "reporting", "review"})
package org.reciprocity.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
