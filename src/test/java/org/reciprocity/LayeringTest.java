package org.reciprocity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Views sit on top of services, never the other way round: a service that needs a rule a form also uses (how a
 * violation becomes a translation key) finds it in {@code shared}, not in a UI helper. No exceptions are needed:
 * {@link Application} is Vaadin's app shell but names no view of ours, and the filter chain gets its login view
 * from {@code security.ui}.
 */
class LayeringTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reciprocity");

    @Test
    void onlyUiCodeDependsOnUiCode() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.reciprocity..ui..")
                .because("services, entities and events must work without a screen")
                .check(PRODUCTION);
    }
}
