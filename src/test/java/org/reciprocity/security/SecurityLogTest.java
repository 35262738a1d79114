package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

/** The security log: what is written on sign-in and account changes, what is never written, who may read it. */
@SpringBootTest
class SecurityLogTest {

    @Autowired
    SecurityLog log;
    @Autowired
    SignIn signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;

    private List<SecurityLogLine> newest(String account, SecurityEventKind... kinds) {
        return runAs.user("admin", () -> log.find(EnumSet.copyOf(List.of(kinds)), account, PageRequest.of(0, 20))
                .getContent());
    }

    private String newAccount() {
        var n = System.nanoTime() % 1_000_000;
        var username = "log." + n;
        runAs.user("admin", () -> {
            var employee = directory.save(new EmployeeForm(null, 0, "Logged " + n, "Tester",
                    "log-" + n + "@test.example", directory.departments().getFirst().id(),
                    directory.locations().getFirst().id(), null)).id();
            return accounts.open(new NewAccount(username, "a-long-enough-secret", Set.of(Role.EMPLOYEE), employee));
        });
        return username;
    }

    @Test
    void signInsAndFailuresAreLoggedButAStrangersTypedNameNeverIs() {
        var username = newAccount();
        try (var session = signIn.withPassword(" " + username.toUpperCase() + " ", "a-long-enough-secret")) {
            assertThat(session).isNotNull();
        }
        assertThatThrownBy(() -> signIn.withPassword(username, "wrong-password"))
                .isInstanceOf(BadCredentialsException.class);
        var typedByAStranger = "my-secret-password-typed-in-the-wrong-field";
        assertThatThrownBy(() -> signIn.withPassword(typedByAStranger, "x"))
                .isInstanceOf(BadCredentialsException.class);

        var lines = newest(username, SecurityEventKind.SIGN_IN_SUCCEEDED, SecurityEventKind.SIGN_IN_FAILED);
        assertThat(lines).extracting(SecurityLogLine::kind)
                .containsExactly(SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_SUCCEEDED);
        assertThat(lines).allSatisfy(line -> assertThat(line.account()).isEqualTo(username));
        assertThat(lines.getFirst().detail()).isEqualTo("BadCredentials");

        var unknown = newest("", SecurityEventKind.SIGN_IN_FAILED).getFirst();
        assertThat(unknown.account()).isNull();
        assertThat(unknown.detail()).isEqualTo("unknown username");
        assertThat(newest("", SecurityEventKind.values())).noneSatisfy(line ->
                assertThat(line.toString()).contains(typedByAStranger));
    }

    @Test
    void accountChangesNameTheAdminWhoMadeThem() {
        var username = newAccount();
        var summary = runAs.user("admin", () -> accounts.find(username, PageRequest.of(0, 1)).getContent().getFirst());
        runAs.user("admin", () -> {
            accounts.change(new AccountChange(summary.id(), summary.version(), Set.of(Role.EMPLOYEE, Role.MANAGER),
                    true));
            accounts.resetPassword(summary.id(), "another-long-secret");
            return null;
        });

        var lines = newest(username, SecurityEventKind.ACCOUNT_OPENED, SecurityEventKind.ACCOUNT_CHANGED,
                SecurityEventKind.PASSWORD_RESET);
        assertThat(lines).extracting(SecurityLogLine::kind).containsExactly(SecurityEventKind.PASSWORD_RESET,
                SecurityEventKind.ACCOUNT_CHANGED, SecurityEventKind.ACCOUNT_OPENED);
        assertThat(lines).allSatisfy(line -> assertThat(line.actor()).isEqualTo("admin"));
        assertThat(lines.get(1).detail()).isEqualTo("roles EMPLOYEE → EMPLOYEE MANAGER");
        assertThat(lines).noneSatisfy(line -> assertThat(line.detail()).contains("another-long-secret"));
    }

    @Test
    void onlyTheAdminReadsTheLog() {
        assertThatThrownBy(() -> runAs.user("olena", () -> log.find(EnumSet.allOf(SecurityEventKind.class), "",
                PageRequest.of(0, 1)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDetailCannotForgeALineNorGrowWithoutBound() {
        assertThat(SecurityLog.clip("report 7\r\nSIGN_IN_SUCCEEDED admin", 200))
                .isEqualTo("report 7  SIGN_IN_SUCCEEDED admin");
        var clipped = SecurityLog.clip("x".repeat(198) + "😀😀", 200);
        assertThat(clipped).hasSize(199).endsWith("x…");
    }
}
