package org.reciprocity.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.reciprocity.security.SecurityEventKind;
import org.reciprocity.security.SecurityLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class SecurityLogViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityLog log;

    @Test
    void theAdminNarrowsTheLogToOneKindAndOneAccount() {
        var account = "viewlog." + System.nanoTime() % 1_000_000;
        log.record(SecurityEventKind.PASSWORD_RESET, account, "by an administrator");
        log.record(SecurityEventKind.ACCOUNT_CHANGED, account, "disabled");

        var view = navigate(SecurityLogView.class);
        test(view.account).setValue(account);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Account changed");
        assertThat(grid.getCellText(0, 2)).isEqualTo(account);
        assertThat(grid.getCellText(0, 3)).as("who did it").isEqualTo("admin");

        test(view.kinds).selectItem("Password reset");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 5)).isEqualTo("by an administrator");

        test(view.account).setValue("nobody-has-this-name");
        assertThat(grid.size()).isZero();
    }
}
