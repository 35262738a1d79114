package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.security.SingleSignOn.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Who a provider's sign-in is here: only the enabled account of the employee with that verified address. */
@SpringBootTest
class SingleSignOnAccountsTest {

    @Autowired
    SingleSignOnAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;
    @Autowired
    SingleSignOn singleSignOn;
    @Autowired
    I18NProvider i18n;

    @Test
    void aVerifiedAddressOfAnEmployeeSignsInTheirAccountWithItsOwnRoles() {
        var max = accounts.signIn("  Maksym.Shevchenko@Reciprocity.Example ", true);
        assertThat(max.getUsername()).isEqualTo("max");
        assertThat(max.user().displayName()).isEqualTo("Maksym Shevchenko");
        assertThat(max.user().employeeId()).isNotNull();
        assertThat(max.user().roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
        assertThat(max.getPassword()).as("no password hash travels with a sign-in that used none").isNull();
        assertThat(max.isEnabled()).isTrue();
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIdentifiesNobody() {
        assertRefused(() -> accounts.signIn("maksym.shevchenko@reciprocity.example", false), Refusal.UNVERIFIED);
        assertRefused(() -> accounts.signIn("maksym.shevchenko@reciprocity.example", null), Refusal.UNVERIFIED);
        assertRefused(() -> accounts.signIn(null, true), Refusal.UNVERIFIED);
    }

    @Test
    void aStrangerGetsNoAccount() {
        assertRefused(() -> accounts.signIn("someone@elsewhere.example", true), Refusal.UNKNOWN);
        assertRefused(() -> accounts.signIn("x".repeat(10_000) + "@reciprocity.example", true), Refusal.UNKNOWN);
    }

    @Test
    void anEmployeeWithoutAnAccountGetsNone() {
        var email = "no-account-" + System.nanoTime() + "@reciprocity.example";
        runAs.user("admin", () -> directory.save(new EmployeeForm(null, 0, "Without Account", "Tester", email,
                directory.departments().getFirst().id(), directory.locations().getFirst().id(), null)));
        assertRefused(() -> accounts.signIn(email, true), Refusal.UNKNOWN);
    }

    @Test
    void aDisabledAccountIsRefusedAndNamed() {
        var n = System.nanoTime() % 1_000_000;
        var email = "sso-" + n + "@reciprocity.example";
        var username = "sso." + n;
        runAs.user("admin", () -> {
            var employee = directory.save(new EmployeeForm(null, 0, "Leaving Person " + n, "Tester", email,
                    directory.departments().getFirst().id(), directory.locations().getFirst().id(), null)).id();
            accountService.open(new NewAccount(username, "a-long-enough-secret", Set.of(Role.EMPLOYEE), employee));
            var summary = accountService.find(username, PageRequest.of(0, 1)).getContent().getFirst();
            accountService.enable(summary.id(), summary.version(), false);
            return null;
        });
        assertThatThrownBy(() -> accounts.signIn(email, true)).isInstanceOfSatisfying(SingleSignOnRefused.class, r -> {
            assertThat(r.refusal()).isEqualTo(Refusal.DISABLED);
            assertThat(r.account()).isEqualTo(username);
        });
    }

    @Test
    void everyRefusalIsExplainedInEveryLanguageWithTheProvidersName() {
        for (var language : i18n.getProvidedLocales()) {
            for (var refusal : Refusal.values()) {
                assertThat(i18n.getTranslation(refusal.translationKey(), language, "Acme ID"))
                        .as(refusal + " in " + language).doesNotContain(refusal.translationKey()).isNotBlank();
            }
        }
    }

    @Test
    void withoutAnIssuerTheLoginPageOffersNoSingleSignOn() {
        assertThat(singleSignOn.providerName()).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable signIn, Refusal refusal) {
        assertThatThrownBy(signIn).isInstanceOfSatisfying(SingleSignOnRefused.class,
                r -> assertThat(r.refusal()).isEqualTo(refusal));
    }
}
