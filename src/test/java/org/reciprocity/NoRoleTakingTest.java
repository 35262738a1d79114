package org.reciprocity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.KnownReceiptCode;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.reciprocity.people.Addressees;
import org.reciprocity.people.Workplaces;
import org.reciprocity.security.AccountLookup;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * No back door: only {@code security} decides who is signed in. Everything else acts for the person who is, or —
 * where nobody is, as in a listener — calls a trusted package-private entry point of its own module. (ArchUnit
 * comes with Spring Modulith; main classes only: tests sign in as demo users through {@link RunAs}.)
 */
class NoRoleTakingTest {

    private static final String SECURITY = "org.reciprocity.security..";
    /** By name, so that the rule outlives the class it keeps out. */
    private static final String SYSTEM_ACCESS = "org.reciprocity.security.SystemAccess";
    private static final Set<String> SIGN_IN_SETTERS = Set.of("setContext", "setDeferredContext",
            "setAuthentication", "setAuthenticated", "setContextHolderStrategy", "setStrategyName");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reciprocity");

    /** A class with a method that Spring calls for an event (any annotation built on @EventListener). */
    private static final DescribedPredicate<JavaClass> LISTENERS = DescribedPredicate.describe(
            "listen to events", type -> type.isAssignableTo(ApplicationListener.class)
                    || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventListener.class)
                    || m.isMetaAnnotatedWith(EventListener.class)));

    private static final DescribedPredicate<JavaMethodCall> SETS_WHO_IS_SIGNED_IN = DescribedPredicate.describe(
            "set who is signed in", call -> SIGN_IN_SETTERS.contains(call.getName())
                    && (call.getTargetOwner().isAssignableTo(SecurityContextHolder.class)
                    || call.getTargetOwner().isAssignableTo(SecurityContextHolderStrategy.class)
                    || call.getTargetOwner().isAssignableTo(SecurityContext.class)
                    || call.getTargetOwner().isAssignableTo(Authentication.class)));

    private static final DescribedPredicate<JavaMethodCall> MAKES_AN_AUTHENTICATED_TOKEN = DescribedPredicate.describe(
            "make an authenticated token", call -> call.getName().equals("authenticated")
                    && call.getTargetOwner().isAssignableTo(Authentication.class));

    private static final DescribedPredicate<JavaConstructorCall> MAKES_AN_AUTHENTICATION = DescribedPredicate.describe(
            "make an authentication", call -> call.getTargetOwner().isAssignableTo(Authentication.class));

    @Test
    void onlySecuritySignsAnyoneIn() {
        noClasses().that().resideOutsideOfPackage(SECURITY)
                .should().callMethodWhere(SETS_WHO_IS_SIGNED_IN)
                .orShould().callMethodWhere(MAKES_AN_AUTHENTICATED_TOKEN)
                .orShould().callConstructorWhere(MAKES_AN_AUTHENTICATION)
                .because("code outside security acts for whoever is signed in, or calls a trusted entry point")
                .check(MAIN);
    }

    @Test
    void nothingOutsideSecurityUsesSystemAccess() {
        noClasses().that().resideOutsideOfPackage(SECURITY)
                .should().dependOnClassesThat().haveFullyQualifiedName(SYSTEM_ACCESS)
                .because("taking on a role nobody gave is the back door this test closes")
                .check(MAIN);
    }

    @Test
    void noViewAndNoListenerUsesSystemAccess() {
        noClasses().that().resideInAPackage("..ui..").or(LISTENERS)
                .should().dependOnClassesThat().haveFullyQualifiedName(SYSTEM_ACCESS)
                .because("a view acts for its user; a listener calls a trusted package-private entry point")
                .check(MAIN);
    }

    @Test
    void viewsDoNotReadThroughTrustedDoors() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().belongToAnyOf(Workplaces.class, Addressees.class, AccountLookup.class)
                .because("trusted reads are for entry points that run for nobody; a view asks a service that checks")
                .check(MAIN);
    }

    @Test
    void onlyTheDemoTellsAStoryInThePastChoosesACodeOrSignsInWithAPassword() {
        noClasses().that().resideOutsideOfPackages("org.reciprocity.demo..", "org.reciprocity.shared..")
                .should().callMethod(StoryClock.class, "call", Instant.class, Supplier.class)
                .orShould().callMethod(StoryClock.class, "run", Instant.class, Runnable.class)
                .because("every real action happens now")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.reciprocity.demo..", "org.reciprocity.reporting..")
                .should().dependOnClassesThat().belongToAnyOf(KnownReceiptCode.class)
                .because("a receipt code anyone can read protects nothing: only the demo's made-up report has one")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.reciprocity.demo..", SECURITY)
                .should().dependOnClassesThat().belongToAnyOf(SignIn.class)
                .because("people sign in through the login form; only the demo acts as its made-up people")
                .check(MAIN);
    }

    @Test
    void theListenersAreFound() {
        // the rules above hold vacuously if no class counts as a listener
        assertThat(MAIN.stream().filter(LISTENERS).map(JavaClass::getSimpleName))
                .contains("ReviewEvents", "BoardBroadcaster", "LoginThrottle");
    }
}
