package org.reciprocity.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Instant;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.AccountSummary;
import org.reciprocity.security.NewAccount;
import org.reciprocity.security.Role;
import org.reciprocity.security.SecondFactorFixture;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.security.SignInDelays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SpringBootTest
@WithUserDetails("admin")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Directory directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignInDelays signInDelays;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    SecondFactorFixture fixture;

    private static String unique() {
        return "v" + System.nanoTime() % 10_000_000;
    }

    /** A new employee of the directory; the local part of their e-mail is {@code local}. */
    private void newEmployee(String fullName, String local) {
        var department = directory.departments().getFirst();
        var location = directory.locations().getFirst();
        directory.save(new EmployeeForm(null, 0, fullName, "Tester", local + "@test.example", department.id(),
                location.id(), null));
    }

    private AccountSummary account(String username) {
        return accounts.find(username, PageRequest.of(0, 10)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private AccountSummary openAccountFor(String name) {
        var u = unique();
        newEmployee(name + " " + u, "acc." + u);
        var employee = accounts.candidates("acc." + u, PageRequest.of(0, 1)).getFirst();
        return accounts.open(new NewAccount("acc." + u, "initial-secret", Set.of(Role.EMPLOYEE), employee.employeeId()));
    }

    private AccountDialog openRow(String username) {
        var view = navigate(AccountsView.class);
        test(view.search).setValue(username);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        grid.clickRow(0);
        return find(AccountDialog.class).single();
    }

    @Test
    void anAdminOpensAManagerAccountForAnEmployeePickedByName() {
        var u = unique();
        newEmployee("Ustym Picked " + u, "ustym." + u);
        var view = navigate(AccountsView.class);
        test(view.add).click();
        var dialog = find(NewAccountDialog.class).single();

        test(dialog.employee).setFilter("Ustym Picked " + u);
        test(dialog.employee).selectItem("Ustym Picked " + u + " · ustym." + u + "@test.example");
        assertThat(dialog.username.getValue()).as("suggested from the e-mail").isEqualTo("ustym." + u);
        assertThat(dialog.roles.getValue()).as("an employee by default").containsExactly(Role.EMPLOYEE);
        test(dialog.password).setValue("first-day-secret");
        test(dialog.roles).selectItem("Manager");
        assertThat(dialog.roles.getValue()).as("a manager is an employee too")
                .containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
        test(dialog.open).click();

        assertThat(dialog.isOpened()).isFalse();
        var opened = account("ustym." + u);
        assertThat(opened.employeeName()).isEqualTo("Ustym Picked " + u);
        assertThat(opened.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
    }

    @Test
    void aTakenUsernameAndAShortPasswordAreShownAtTheirFields() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("Open account").single()).click();
        var dialog = find(NewAccountDialog.class).single();
        test(dialog.username).setValue("anna");
        test(dialog.password).setValue("short");
        test(dialog.roles).selectItem("Administrator");
        test(dialog.open).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password must have between 10 and 128 characters.");

        test(dialog.password).setValue("long-enough-secret");
        test(dialog.open).click();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is already taken.");
    }

    @Test
    void theAdminChangesRolesOfAnAccount() {
        var opened = openAccountFor("Role Change");
        var dialog = openRow(opened.username());
        test(dialog.roles).selectItem("HR");
        test(dialog.save).click();
        assertThat(account(opened.username()).roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
    }

    @Test
    void theAdminDisablesAnAccountAfterConfirmingAndItCannotSignIn() {
        var opened = openAccountFor("Leaving Person");
        var dialog = openRow(opened.username());
        test(dialog.toggle).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(account(opened.username()).enabled()).as("nothing happens before confirming").isTrue();
        dialog.toggle();

        assertThat(account(opened.username()).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(opened.username()).isEnabled()).isFalse();
    }

    @Test
    void aPasswordIsResetOnlyWhenTypedTheSameTwice() {
        var opened = openAccountFor("Forgot Password");
        test(openRow(opened.username()).resetPassword).click();
        var reset = find(PasswordResetDialog.class).single();
        test(reset.password).setValue("the-new-secret-1");
        test(reset.repeat).setValue("the-new-secret-2");
        test(reset.reset).click();
        assertThat(reset.repeat.isInvalid()).isTrue();
        assertThat(reset.repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");

        test(reset.repeat).setValue("the-new-secret-1");
        test(reset.reset).click();
        assertThat(reset.isOpened()).isFalse();
        assertThat(passwordEncoder.matches("the-new-secret-1",
                userDetails.loadUserByUsername(opened.username()).getPassword())).isTrue();
    }

    @Test
    void anAdminCannotDropTheirOwnAdministratorRole() {
        var dialog = openRow("admin");
        test(dialog.roles).deselectItem("Administrator");
        test(dialog.roles).selectItem("HR");
        test(dialog.save).click();
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage())
                .isEqualTo("You cannot disable your own account or remove your own administrator role.");
        assertThat(account("admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAdminSeesADelayedSignInAndClearsIt() {
        var opened = openAccountFor("Many Typos");
        var address = "192.0.2." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 6; i++) {
            failFrom(opened.username(), address);
        }
        var view = navigate(AccountsView.class);
        assertThat(view.delays.isOpened()).as("unfolded when someone waits").isTrue();
        var grid = test(view.delays.grid);
        var row = rowOf(view, opened.username());
        assertThat(grid.getRow(row).address()).isEqualTo(address);
        assertThat(grid.getCellText(row, 1)).as("failed attempts").isEqualTo("6");

        test((Button) grid.getCellComponent(row, 3)).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Delay cleared: " + opened.username() + " from " + address + " can try again now.");
        assertThat(signInDelays.current()).noneMatch(d -> opened.username().equals(d.account()));
        assertThat(rowOf(view, opened.username())).as("gone from the list").isEqualTo(-1);
    }

    /** A wrong password for the account as the login form reports it, from a client at {@code address}. */
    private void failFrom(String username, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-guess");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad")));
    }

    private int rowOf(AccountsView view, String username) {
        var grid = test(view.delays.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (username.equals(grid.getRow(i).account())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void accountsAreFoundByTheNameOfTheirEmployee() {
        var view = navigate(AccountsView.class);
        test(view.search).setValue("Bondarenko");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).username()).isEqualTo("olena");
    }

    @Test
    void anAdminResetsTheSecondFactorOfSomeoneWhoLostTheirPhoneAfterConfirming() {
        var username = fixture.openAccount(Set.of(Role.HR));
        fixture.enrol(secondFactor, username, Instant.now());
        var section = openRow(username).secondFactor;
        assertThat(section.getElement().getTextRecursively()).contains("Authenticator app set up on");

        test(section.reset).click();
        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
        assertThat(secondFactor.enrolledSince(fixture.accountId(username))).as("not before confirming").isPresent();
        section.reset();

        assertThat(secondFactor.enrolledSince(fixture.accountId(username))).isEmpty();
    }

    @Test
    void anAccountWithoutASecondFactorOffersNoReset() {
        var section = openRow(openAccountFor("Never Enrolled").username()).secondFactor;
        assertThat(section.getElement().getTextRecursively()).contains("Not set up");
        assertThat(section.reset.isAttached()).isFalse();
    }
}
