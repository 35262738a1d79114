package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SpringBootTest
class AccountServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "a-long-enough-secret";

    @Autowired
    AccountService accounts;
    @Autowired
    Directory directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountRepository repository;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ThrottleSettings throttleSettings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Signs in the way the login form does: same user details, encoder, events; without a client address. */
    private Authentication signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** As the login form does from a client at {@code address}, whose failures the throttle hears. */
    private Authentication signIn(String username, String password, @Nullable String address) {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        if (address != null) {
            attempt.setDetails(new WebAuthenticationDetails(address, null));
        }
        return manager.authenticate(attempt);
    }

    private long newEmployee(String name) {
        var n = SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        var department = directory.departments().getFirst();
        var location = directory.locations().getFirst();
        return directory.save(new EmployeeForm(null, 0, name + " " + n, "Tester", "acc-" + n + "@test.example",
                department.id(), location.id(), null)).id();
    }

    private static String username() {
        return "test." + SEQUENCE.incrementAndGet() + "." + (System.nanoTime() % 100000);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminOpensAnAccountForAnEmployeeWhoCanThenSignIn() {
        var employee = newEmployee("Orysia Newhire");
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), employee));

        assertThat(opened.employeeName()).startsWith("Orysia Newhire");
        assertThat(opened.enabled()).isTrue();
        var signedIn = signIn(username, PASSWORD);
        assertThat(((AccountPrincipal) signedIn.getPrincipal()).user().employeeId()).isEqualTo(employee);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_EMPLOYEE")
                .doesNotContain("ROLE_MANAGER", "ROLE_HR", "ROLE_ADMIN");
    }

    @Test
    @WithUserDetails("admin")
    void aManagerOrHrPersonIsAlsoAnEmployee() {
        var opened = accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.MANAGER, Role.HR),
                newEmployee("Lesia Lead")));
        assertThat(opened.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER, Role.HR);
    }

    @Test
    @WithUserDetails("admin")
    void anEmployeeRoleNeedsAnEmployeeOfTheDirectory() {
        assertThatThrownBy(() -> accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.MANAGER), null)))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("employee");
                    assertThat(e.messageKey()).isEqualTo("admin.account.employee.required");
                });
        // a technical administrator needs no employee
        assertThat(accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.ADMIN), null)).employeeId()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void aTakenUsernameOrAnEmployeeWithAnAccountIsRefusedAtItsField() {
        var employee = newEmployee("Taken Twice");
        var username = username();
        accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), employee));

        assertThatThrownBy(() -> accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE),
                newEmployee("Someone Else"))))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.EMPLOYEE), employee)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("employee"));
    }

    @Test
    @WithUserDetails("admin")
    void aShortPasswordIsRefusedWithItsTranslationKey() {
        assertThatThrownBy(() -> accounts.open(new NewAccount(username(), "short", Set.of(Role.ADMIN), null)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getMessageTemplate()).containsExactly("{account.password.length}"));
    }

    @Test
    @WithUserDetails("admin")
    void theAdminChangesRolesButNotWithAStaleVersion() {
        var opened = accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.EMPLOYEE), newEmployee("Promoted Person")));
        accounts.change(new AccountChange(opened.id(), opened.version(), Set.of(Role.MANAGER), true));

        var changed = accounts.find(opened.username(), PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThatThrownBy(() -> accounts.change(new AccountChange(opened.id(), opened.version(), Set.of(Role.HR), true)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("admin")
    void aDisabledAccountCannotSignInAndCanBeEnabledAgain() {
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), newEmployee("Leaving Soon")));
        accounts.enable(opened.id(), opened.version(), false);

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(DisabledException.class);
        var disabled = accounts.find(username, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(disabled.enabled()).isFalse();

        accounts.enable(disabled.id(), disabled.version(), true);
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aDisabledAccountLosesItsOpenSessionWithinSeconds() throws Exception {
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), newEmployee("Signed In")));
        var person = userDetails.loadUserByUsername(username);
        var filter = new DisabledAccountFilter(repository, SecurityContextHolder.getContextHolderStrategy(), clock);
        var session = new MockHttpSession();
        Runnable request = () -> {
            var admin = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(new SecurityContextImpl(
                    UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
            try {
                var http = new MockHttpServletRequest();
                http.setSession(session);
                filter.doFilter(http, new MockHttpServletResponse(), new MockFilterChain());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.setContext(admin);
            }
        };

        request.run();
        assertThat(session.isInvalid()).isFalse();
        accounts.enable(opened.id(), opened.version(), false);
        request.run();
        assertThat(session.isInvalid()).as("checked again only after a few seconds").isFalse();
        clock.advance(DisabledAccountFilter.RECHECK.plusSeconds(1));
        request.run();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anyChangeOfRolesEndsTheOpenSessionSoThatTheNextSignInBringsTheNewRolesInANewSession() throws Exception {
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.MANAGER), newEmployee("Moved On")));
        var filter = new DisabledAccountFilter(repository, SecurityContextHolder.getContextHolderStrategy(), clock);
        var signedInAsManager = userDetails.loadUserByUsername(username);
        var promoted = openSession(filter, signedInAsManager);

        accounts.change(new AccountChange(opened.id(), opened.version(), Set.of(Role.MANAGER, Role.HR), true));
        clock.advance(DisabledAccountFilter.RECHECK.plusSeconds(1));
        request(filter, promoted, signedInAsManager);
        assertThat(promoted.isInvalid()).as("a role added is not granted in place").isTrue();

        var signedInAsHr = userDetails.loadUserByUsername(username);
        assertThat(signedInAsHr.getAuthorities()).extracting(Object::toString).contains("ROLE_HR");
        var demoted = openSession(filter, signedInAsHr);
        var current = accounts.find(username, PageRequest.of(0, 1)).getContent().getFirst();
        accounts.change(new AccountChange(opened.id(), current.version(), Set.of(Role.EMPLOYEE), true));
        clock.advance(DisabledAccountFilter.RECHECK.plusSeconds(1));
        request(filter, demoted, signedInAsHr);
        assertThat(demoted.isInvalid()).as("a role taken away ends the session").isTrue();
    }

    private MockHttpSession openSession(DisabledAccountFilter filter, UserDetails person) throws Exception {
        var session = new MockHttpSession();
        request(filter, session, person);
        assertThat(session.isInvalid()).isFalse();
        return session;
    }

    /** One request of the person's browser through the filter. */
    private static void request(DisabledAccountFilter filter, MockHttpSession session, UserDetails person)
            throws Exception {
        var admin = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
        try {
            var http = new MockHttpServletRequest();
            http.setSession(session);
            filter.doFilter(http, new MockHttpServletResponse(), new MockFilterChain());
        } finally {
            SecurityContextHolder.setContext(admin);
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
        var me = accounts.find("admin", PageRequest.of(0, 50)).stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> accounts.enable(me.id(), me.version(), false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.self.lockout"));
        assertThatThrownBy(() -> accounts.change(new AccountChange(me.id(), me.version(), Set.of(Role.HR), true)))
                .isInstanceOf(AccountException.class);
        assertThat(signIn("admin", "reciprocity").isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aResetPasswordReplacesTheOldOne() {
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), newEmployee("Forgetful One")));
        accounts.resetPassword(opened.id(), "a-brand-new-secret");

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(username, "a-brand-new-secret").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(opened.id(), "short"))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void wrongPasswordsFromAnAddressMakeOnlyThatAddressWaitAndAPasswordResetLiftsIt() {
        var username = username();
        var opened = accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), newEmployee("Guessed At")));
        for (int i = 0; i <= throttleSettings.freeFailuresPerAccount(); i++) {
            assertThatThrownBy(() -> signIn(username, "wrong-guess", "192.0.2.10"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.check(username, "192.0.2.10")).as("the throttle hears the form's failures").isPresent();
        assertThat(throttle.check(username, "192.0.2.11")).as("the owner elsewhere is not slowed").isEmpty();
        assertThat(signIn(username, PASSWORD, "192.0.2.11").isAuthenticated()).as("and gets in").isTrue();

        accounts.resetPassword(opened.id(), "a-fresh-start-secret");
        assertThat(throttle.check(username, "192.0.2.10")).as("they were probably guessing the old one").isEmpty();
        assertThat(signIn(username, "a-fresh-start-secret", "192.0.2.10").isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void accountsAreFoundByUsernameOrByTheirEmployeesName() {
        var byName = accounts.find("kovalenko", PageRequest.of(0, 10)).getContent();
        assertThat(byName).extracting(AccountSummary::username).contains("anna");
        assertThat(accounts.count("kovalenko")).isEqualTo(byName.size());
        assertThat(accounts.find("olena", PageRequest.of(0, 10)).getContent())
                .extracting(AccountSummary::employeeName).contains("Olena Bondarenko");
        var inCyrillic = accounts.find("Коваленко", PageRequest.of(0, 10)).getContent();
        assertThat(inCyrillic).as("the employee's name in the other script").extracting(AccountSummary::username)
                .contains("anna");
        assertThat(accounts.count("Коваленко")).isEqualTo(inCyrillic.size());
        assertThat(accounts.candidates("Анна Коваленко", PageRequest.of(0, 10)))
                .extracting(AccountCandidate::name).contains("Anna Kovalenko");
    }

    @Test
    @WithUserDetails("admin")
    void thePickListSaysWhoAlreadyHasAnAccount() {
        var found = accounts.candidates("Kovalenko", PageRequest.of(0, 10));
        assertThat(found).filteredOn(c -> c.name().equals("Anna Kovalenko"))
                .singleElement().satisfies(c -> assertThat(c.hasAccount()).isTrue());
        // every demo person has an account: a newcomer has none yet
        var newcomer = newEmployee("Yeva Newcomer");
        assertThat(accounts.candidates("Yeva Newcomer", PageRequest.of(0, 10)))
                .filteredOn(c -> c.employeeId() == newcomer)
                .singleElement().satisfies(c -> assertThat(c.hasAccount()).isFalse());
    }

    @Test
    @WithUserDetails("olena")
    void onlyAnAdminManagesAccounts() {
        assertThatThrownBy(() -> accounts.find("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.open(new NewAccount(username(), PASSWORD, Set.of(Role.ADMIN), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
