package org.reciprocity.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.notification.Category;
import org.reciprocity.notification.Delivery;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.notification.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The page behind an e-mail's unsubscribe link, as someone opens it from the mail on a phone, not signed in. */
@SpringBootTest
@WithAnonymousUser
class UnsubscribeViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void putBack() {
        runAs.user("anna", () -> {
            notifications.choose(Category.MY_REPORTS, Category.MY_REPORTS.byDefault());
            return null;
        });
        clock.reset();
    }

    @Test
    void theLinkSaysWhatItStopsStopsItOnTheButtonAndUndoPutsItBack() {
        var view = open(TestTokens.category(context, employee("anna"), Category.MY_REPORTS));
        assertThat(view.what.getText()).isEqualTo("E-mail about “My reports”");
        assertThat(delivery()).as("opening the page stops nothing").isEqualTo(Delivery.EMAIL);

        test(view.unsubscribe).click();
        assertThat(delivery()).isEqualTo(Delivery.IN_APP);
        assertThat(view.outcome.getText())
                .isEqualTo("You will get no more e-mail about “My reports”; you still see it under the bell in the portal.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("settings/notifications");

        test(view.undo).click();
        assertThat(delivery()).isEqualTo(Delivery.EMAIL);
        assertThat(view.outcome.getText()).isEqualTo("Undone: e-mail about “My reports” comes as before.");
        assertThat(view.unsubscribe.isAttached()).as("it can be stopped again").isTrue();
    }

    @Test
    void aReportersLinkSpeaksOfTheirReport() {
        var report = jdbc.sql("select max(id) from report").query(Long.class).single();
        try {
            var view = open(TestTokens.report(context, report));
            assertThat(view.what.getText()).isEqualTo("E-mail notices about your report");
            test(view.unsubscribe).click();
            assertThat(view.outcome.getText()).startsWith("You will get no more e-mail notices about your report");
            assertThat(jdbc.sql("select count(*) from reporter_notice_opt_out where report_id = ?").param(report)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from reporter_notice_opt_out where report_id = ?").param(report).update();
        }
    }

    @Test
    void aLinkThatIsNotOursOrNoLinkSaysSoAndOffersNoButton() {
        var token = TestTokens.category(context, employee("anna"), Category.MY_REPORTS);
        for (var query : List.of(QueryParameters.of("token", token.substring(0, token.length() - 2)),
                QueryParameters.empty())) {
            var view = open(query);
            assertThat($(H1.class).single().getText()).as(query.getQueryString()).isEqualTo("This link is not valid");
            assertThat(view.outcome.getText()).startsWith("This unsubscribe link is not one of ours");
            assertThat(view.unsubscribe.isAttached()).isFalse();
        }
        assertThat(delivery()).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void anExpiredLinkSaysHowToChangeTheSettingsInstead() {
        clock.set(Instant.parse("2041-04-01T08:00:00Z"));
        var token = TestTokens.category(context, employee("anna"), Category.MY_REPORTS);
        clock.set(Instant.parse("2042-04-01T08:00:00Z"));
        var view = open(token);
        assertThat($(H1.class).single().getText()).isEqualTo("This link has expired");
        assertThat(view.outcome.getText()).contains("sign in and choose in your notification settings");
        assertThat(view.unsubscribe.isAttached()).isFalse();
    }

    private UnsubscribeView open(String token) {
        return open(QueryParameters.of("token", token));
    }

    private UnsubscribeView open(QueryParameters query) {
        UI.getCurrent().navigate(UnsubscribeView.class, query);
        return (UnsubscribeView) getCurrentView();
    }

    private Delivery delivery() {
        return runAs.user("anna", () -> notifications.preferences().get(Category.MY_REPORTS));
    }

    private long employee(String username) {
        return jdbc.sql("select employee_id from account where username = ?").param(username)
                .query(Long.class).single();
    }
}
