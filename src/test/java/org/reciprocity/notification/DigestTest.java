package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciprocity.notification.Mailbox.kyiv;
import static org.reciprocity.notification.Mailbox.text;
import static org.reciprocity.notification.Mailbox.to;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily and weekly digests, through the job and the real outbox to GreenMail: what each person chose, grouped by
 * category, once per period, from the digest hour on. In 2039, a year no other test uses (Kyiv is UTC+2 in winter).
 */
@SpringBootTest
class DigestTest {

    static final String DAILY = "[Reciprocity] Your daily digest";
    static final String WEEKLY = "[Reciprocity] Your weekly digest";
    static final String OLENA = "olena.bondarenko@reciprocity.example";

    @Autowired
    DigestJob job;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationStore store;
    @Autowired
    Preferences preferences;
    @Autowired
    ReportService reports;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final List<Long> chose = new ArrayList<>();
    private final Map<Long, String> spoke = new HashMap<>();

    @BeforeEach
    void emptyMailbox() throws Exception {
        Mailbox.empty(jdbc);
    }

    @AfterEach
    void forget() {
        chose.forEach(id -> jdbc.sql("delete from notification_preference where employee_id = ?").param(id).update());
        spoke.forEach((id, language) -> jdbc.sql("update account set language = ? where employee_id = ?")
                .params(language, id).update());
        Mailbox.forget2039(jdbc);
        clock.reset();
    }

    long employee(String username) {
        return jdbc.sql("select employee_id from account where username = ?").param(username).query(Long.class).single();
    }

    /** The account reads the portal in {@code language} until the test ends. */
    void speaks(long employee, String language) {
        spoke.putIfAbsent(employee, jdbc.sql("select language from account where employee_id = ?").param(employee)
                .query(String.class).optional().orElse(null));
        jdbc.sql("update account set language = ? where employee_id = ?").params(language, employee).update();
    }

    void choose(long employee, Category category, Delivery delivery) {
        chose.add(employee);
        preferences.set(employee, category, delivery);
    }

    /** Tells one person one thing at {@code at}, as the listeners do; returns its id, or null when not stored. */
    Long tell(long recipient, NotificationKind kind, long subject, String detail, String at) {
        var once = "digest-test:" + UUID.randomUUID();
        store.tell(List.of(recipient), new NotificationStore.News(kind, subject, detail, once, kyiv(at)));
        return jdbc.sql("select id from notification where recipient_id = ? and once_key = ?").params(recipient, once)
                .query(Long.class).optional().orElse(null);
    }

    void runAt(String at) {
        clock.set(kyiv(at));
        job.run();
        Mailbox.sendAll(sender, jdbc);
    }

    boolean mailed(long notification) {
        return jdbc.sql("select mailed_at from notification where id = ?").param(notification)
                .query(OffsetDateTime.class).optional().isPresent();
    }

    @Test
    void aDailyDigestGroupsTheRecipientsUnmailedNewsByCategoryFromTheHourOnceADay() {
        var olena = employee("olena");
        var anna = employee("anna");
        speaks(olena, "en");
        clock.set(kyiv("2039-01-09T09:00")); // Sunday, after the hour: her first digest is Monday's
        choose(olena, Category.RECOGNITION, Delivery.DAILY_DIGEST);
        choose(olena, Category.NEW_REPORTS, Delivery.DAILY_DIGEST);
        choose(olena, Category.TEAM, Delivery.OFF);

        var recognised = tell(olena, NotificationKind.RECOGNITION_RECEIVED, 1, "Bohdan Tkachenko", "2039-01-09T10:00");
        clock.set(kyiv("2039-01-09T11:00"));
        var what = "The customer shouted at the cashier at till two. " + UUID.randomUUID();
        var podil = runAs.anonymous(() -> directory.locationByCode("kyiv-podil").orElseThrow().id());
        runAs.anonymous(() -> reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil,
                LocalDateTime.parse("2039-01-09T09:00"), "Cashier at till 2", what), "digest-" + UUID.randomUUID()));
        var report = jdbc.sql("select subject_id from notification where recipient_id = ? and kind = 'REPORT_FILED' "
                + "and created_at = ?").params(olena, NotificationStore.utc(kyiv("2039-01-09T11:00"))).query(Long.class)
                .single();
        var atOnce = tell(olena, NotificationKind.REPORT_UPDATED, 3, "", "2039-01-09T12:00");
        var off = tell(olena, NotificationKind.TEAM_MEMBER_RECOGNISED, 4, "Oksana Lysenko", "2039-01-09T12:00");
        tell(anna, NotificationKind.RECOGNITION_RECEIVED, 5, "Zlata Romaniuk", "2039-01-09T12:00");
        var later = tell(olena, NotificationKind.RECOGNITION_RECEIVED, 6, "Denys Fedorenko", "2039-01-10T09:00");
        choose(olena, Category.MY_REPORTS, Delivery.DAILY_DIGEST); // mailed at once before: not again
        assertThat(off).as("a category turned off stores nothing").isNull();
        assertThat(mailed(atOnce)).isTrue();

        runAt("2039-01-10T06:59");
        assertThat(to(OLENA, DAILY)).as("not before the hour").isEmpty();
        runAt("2039-01-10T07:00");
        runAt("2039-01-10T07:00");
        runAt("2039-01-10T08:00");

        var digests = to(OLENA, DAILY);
        assertThat(digests).as("one a day, however often the job runs").hasSize(1);
        var body = text(digests.getFirst());
        assertThat(body).contains("Hello Olena Bondarenko,",
                "Recognition\n===========\n- Bohdan Tkachenko recognised you\n  http://localhost:8080/received",
                "New reports\n===========\n- New report #" + report + ": Staff mistreated\n"
                        + "  http://localhost:8080/review/" + report,
                "To choose how each kind of news reaches you: http://localhost:8080/settings/notifications");
        assertThat(body.indexOf("Recognition\n")).isLessThan(body.indexOf("New reports\n"));
        assertThat(body).as("the reader's own, of digest categories, not mailed yet, not later than now")
                .doesNotContain("There is an update on your report", "Oksana Lysenko", "Zlata Romaniuk",
                        "Denys Fedorenko", "My reports\n");
        assertThat(body).as("no word of the report").doesNotContain(what, "shouted", "Cashier at till 2");
        assertThat(body.split("/unsubscribe\\?token=", -1)).as("one unsubscribe link per category").hasSize(3);
        assertThat(Mailbox.header(digests.getFirst(), "List-Unsubscribe"))
                .isEqualTo("<http://localhost:8080/settings/notifications>");
        assertThat(Mailbox.header(digests.getFirst(), "List-Unsubscribe-Post")).as("no one click for two categories")
                .isNull();
        assertThat(mailed(recognised)).isTrue();
        assertThat(mailed(later)).isFalse();

        runAt("2039-01-11T07:00");
        var next = to(OLENA, DAILY);
        assertThat(next).hasSize(2);
        assertThat(text(next.get(1))).contains("Denys Fedorenko recognised you").doesNotContain("Bohdan Tkachenko");
    }

    @Test
    void afterDowntimeOneDigestCarriesEverythingMissed() {
        var kateryna = employee("kateryna.oliinyk");
        var address = "kateryna.oliinyk@reciprocity.example";
        speaks(kateryna, "en");
        clock.set(kyiv("2039-02-07T06:00"));
        choose(kateryna, Category.RECOGNITION, Delivery.DAILY_DIGEST);
        runAt("2039-02-07T07:00");
        tell(kateryna, NotificationKind.RECOGNITION_RECEIVED, 1, "Anna Kovalenko", "2039-02-07T12:00");
        tell(kateryna, NotificationKind.RECOGNITION_RECEIVED, 2, "Bohdan Tkachenko", "2039-02-08T12:00");
        tell(kateryna, NotificationKind.RECOGNITION_RECEIVED, 3, "Mariia Rudenko", "2039-02-09T12:00");

        runAt("2039-02-10T10:30"); // the portal was down for two days and a half
        runAt("2039-02-10T11:30");

        var digests = to(address, DAILY);
        assertThat(digests).hasSize(1);
        var body = text(digests.getFirst());
        assertThat(body.indexOf("Mariia Rudenko")).as("newest first, as in the bell")
                .isLessThan(body.indexOf("Bohdan Tkachenko")).isLessThan(body.indexOf("Anna Kovalenko"));
        assertThat(body.indexOf("Anna Kovalenko")).isPositive();
        assertThat(Mailbox.header(digests.getFirst(), "List-Unsubscribe")).as("one category: one click stops it")
                .startsWith("<http://localhost:8080/unsubscribe/one-click?token=");
        assertThat(Mailbox.header(digests.getFirst(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void theWeeklyDigestGoesOnMondayFromTheHour() {
        var andrii = employee("andrii.polishchuk");
        var address = "andrii.polishchuk@reciprocity.example";
        speaks(andrii, "en");
        clock.set(kyiv("2039-03-06T07:00")); // a Sunday: the week's digest went out last Monday
        choose(andrii, Category.RECOGNITION, Delivery.WEEKLY_DIGEST);
        tell(andrii, NotificationKind.RECOGNITION_RECEIVED, 1, "Serhii Marchenko", "2039-03-06T10:00");

        runAt("2039-03-06T23:00");
        runAt("2039-03-07T06:59");
        assertThat(to(address, WEEKLY)).as("not before Monday's hour").isEmpty();
        runAt("2039-03-07T07:00");
        assertThat(to(address, WEEKLY)).hasSize(1);
        assertThat(text(to(address, WEEKLY).getFirst())).contains("Serhii Marchenko recognised you");

        tell(andrii, NotificationKind.RECOGNITION_RECEIVED, 2, "Natalia Kuzmenko", "2039-03-07T12:00");
        runAt("2039-03-08T07:00");
        runAt("2039-03-12T07:00");
        assertThat(to(address, WEEKLY)).as("the rest of the week").hasSize(1);
        assertThat(to(address, DAILY)).isEmpty();
        runAt("2039-03-14T07:00");
        assertThat(to(address, WEEKLY)).hasSize(2);
    }
}
