package org.reciprocity.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Accounts opened by the demo admin for second-factor tests, each new (the demo's own are exempt in demo mode),
 * and the codes an authenticator app would show for them.
 */
@Component
public class SecondFactorFixture {

    public static final String PASSWORD = "second-factor-test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RunAs runAs;
    private final Directory directory;
    private final AccountService accounts;
    private final UserDetailsService users;

    SecondFactorFixture(RunAs runAs, Directory directory, AccountService accounts, UserDetailsService users) {
        this.runAs = runAs;
        this.directory = directory;
        this.accounts = accounts;
        this.users = users;
    }

    /** A new account with these roles (an employee of the directory unless only ADMIN); its username. */
    public String openAccount(Set<Role> roles) {
        return openAccount("mfa." + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000, roles);
    }

    /** A new account named so, whose employee's e-mail address is {@code username@test.example}. */
    public String openAccount(String username, Set<Role> roles) {
        var n = SEQUENCE.incrementAndGet() + "" + System.nanoTime() % 100_000;
        runAs.user("admin", () -> {
            Long employee = null;
            if (!roles.equals(Set.of(Role.ADMIN))) {
                var department = directory.departments().getFirst();
                var location = directory.locations().getFirst();
                employee = directory.save(new EmployeeForm(null, 0, "Mfa Person " + n, "Tester",
                        username + "@test.example", department.id(), location.id(), null)).id();
            }
            accounts.open(new NewAccount(username, PASSWORD, roles, employee));
        });
        return username;
    }

    public long accountId(String username) {
        return principal(username).user().accountId();
    }

    /** The person has given their password and is held back for the second factor. */
    PendingSignIn halfwayIn(String username) {
        var principal = principal(username);
        return new PendingSignIn(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()), principal, "/");
    }

    /** What the app shows at this moment for the key that enrolment showed. */
    public static String codeAt(String key, Instant at) {
        return Totp.code(Base32.decode(key), Totp.step(at), Totp.DIGITS);
    }

    /** The code of the time step after the one of {@code at}: accepted too, and not yet spent. */
    public static String nextCodeAfter(String key, Instant at) {
        return Totp.code(Base32.decode(key), Totp.step(at) + 1, Totp.DIGITS);
    }

    public record Enrolled(String key, List<String> recoveryCodes) {
    }

    /** Enrolled as the code page would do it, with the code of {@code now}. */
    public Enrolled enrol(SecondFactorService secondFactor, String username, Instant now) {
        var pending = halfwayIn(username);
        var key = secondFactor.startEnrolment(pending).key();
        var check = secondFactor.confirmEnrolment(pending, codeAt(key, now));
        if (!check.passed()) {
            throw new IllegalStateException("Enrolment was not confirmed: " + check);
        }
        return new Enrolled(key, check.newRecoveryCodes());
    }

    AccountPrincipal principal(String username) {
        return (AccountPrincipal) users.loadUserByUsername(username);
    }
}
