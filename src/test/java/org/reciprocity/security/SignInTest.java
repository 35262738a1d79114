package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Signing in outside a browser goes through the same front door as the login form, with the same refusals. */
@SpringBootTest
class SignInTest {

    private static final String PASSWORD = "a-long-enough-secret";

    @Autowired
    SignIn signIn;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Directory directory;
    @Autowired
    InitialAdmin initialAdmin;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String newAccount(String name) {
        var n = System.nanoTime() % 1_000_000;
        var employee = directory.save(new EmployeeForm(null, 0, name + " " + n, "Tester", "signin-" + n + "@test.example",
                directory.departments().getFirst().id(), directory.locations().getFirst().id(), null)).id();
        var username = "signin." + n;
        accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.EMPLOYEE), employee));
        return username;
    }

    @Test
    void aSessionActsAsThePersonOnlyWhileItsWorkRunsAndOnlyWithTheirRoles() {
        try (var olena = signIn.withPassword("olena", "reciprocity")) {
            assertThat(currentUser.get()).isEmpty();
            var inside = olena.call(() -> currentUser.require().displayName());
            assertThat(inside).isEqualTo("Olena Bondarenko");
            assertThat(currentUser.get()).as("signed in for the work only").isEmpty();
            olena.run(() -> assertThatThrownBy(() -> accounts.find("", org.springframework.data.domain.Pageable.unpaged()))
                    .as("HR is not an administrator").isInstanceOf(AccessDeniedException.class));
        }
    }

    @Test
    void aClosedSessionActsNoMore() {
        var anna = signIn.withPassword("anna", "reciprocity");
        anna.close();
        assertThatThrownBy(() -> anna.run(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @WithUserDetails("admin")
    void theLoginFormsRefusalsApply() {
        var username = newAccount("Careful Signer");
        for (var i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn.withPassword(username, "not-the-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn.withPassword(username, PASSWORD)).as("no client, no throttle (it slows clients at the form)")
                .isNotNull();

        var other = newAccount("Leaving Signer");
        var summary = accounts.find(other, org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        accounts.enable(summary.id(), summary.version(), false);
        assertThatThrownBy(() -> signIn.withPassword(other, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void theFirstAdministratorIsOpenedOnlyOnADatabaseWithoutAccounts() {
        assertThat(initialAdmin.open("some-other-admin-password")).as("the demo opened admin already").isFalse();
        assertThat(signIn.withPassword(InitialAdmin.USERNAME, "reciprocity")).isNotNull();
        assertThatThrownBy(() -> initialAdmin.open("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
