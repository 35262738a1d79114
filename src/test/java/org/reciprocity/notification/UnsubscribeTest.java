package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.notification.NotificationStore.News;
import org.reciprocity.notification.Unsubscription.Validity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What following an unsubscribe link does, as anyone who holds the mail (nobody signed in): an employee's category
 * stops mailing and stays in the bell, a reporter's report gets no more notices, undo puts back exactly what was
 * there, and a link we did not sign, or one that expired, changes nothing.
 */
@SpringBootTest
class UnsubscribeTest {

    private static final String ONCE = "unsubscribe-test-";
    private static final Instant MAILED = Instant.parse("2041-03-01T09:00:00Z");

    @Autowired
    UnsubscribeService unsubscribing;
    @Autowired
    UnsubscribeTokens tokens;
    @Autowired
    Preferences preferences;
    @Autowired
    NotificationStore store;
    @Autowired
    NotificationMail mail;
    @Autowired
    MailSettings settings;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;

    long anna;

    @BeforeEach
    void annasDefaults() {
        anna = employee("anna");
        jdbc.sql("delete from mail_outbox").update();
        preferences.restore(anna, Category.MY_REPORTS, Category.MY_REPORTS.byDefault());
        preferences.restore(anna, Category.RECOGNITION, Category.RECOGNITION.byDefault());
    }

    @AfterEach
    void putBack() {
        annasDefaults();
        jdbc.sql("delete from notification where once_key like ?").param(ONCE + "%").update();
        clock.reset();
    }

    @Test
    void aLinkStopsTheCategorysMailOnlyWhenFollowedTheBellStillTellsAndUndoPutsItBack() {
        var token = TestTokens.category(context, anna, Category.MY_REPORTS);
        tell(anna, NotificationKind.REPORT_UPDATED);
        assertThat(outbox()).as("mailed at once, as by default").isEqualTo(1);

        var read = read(token);
        assertThat(read.valid()).isTrue();
        assertThat(read.category()).isEqualTo(Category.MY_REPORTS);
        assertThat(preferences.of(anna, Category.MY_REPORTS)).as("opening the page stops nothing").isEqualTo(Delivery.EMAIL);

        var done = unsubscribe(token);
        assertThat(done).isEqualTo(new Unsubscription(Validity.VALID, Category.MY_REPORTS, true, Delivery.EMAIL));
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.IN_APP);
        var inTheBell = bell(anna);
        tell(anna, NotificationKind.REPORT_UPDATED);
        assertThat(outbox()).as("no more mail").isEqualTo(1);
        assertThat(bell(anna)).as("the bell still tells").isEqualTo(inTheBell + 1);

        assertThat(unsubscribe(token).changed()).as("following it again changes nothing more").isFalse();
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.IN_APP);

        assertThat(undo(token, done)).isTrue();
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
        tell(anna, NotificationKind.REPORT_UPDATED);
        assertThat(outbox()).as("mailed again").isEqualTo(2);
    }

    @Test
    void undoPutsBackExactlyWhatWasThereAndNeverAChoiceMadeSince() {
        preferences.restore(anna, Category.RECOGNITION, Delivery.WEEKLY_DIGEST);
        var token = TestTokens.category(context, anna, Category.RECOGNITION);
        var done = unsubscribe(token);
        assertThat(done.before()).isEqualTo(Delivery.WEEKLY_DIGEST);
        assertThat(preferences.of(anna, Category.RECOGNITION)).isEqualTo(Delivery.IN_APP);
        assertThat(undo(token, done)).isTrue();
        assertThat(preferences.of(anna, Category.RECOGNITION)).as("a digest, not the default").isEqualTo(Delivery.WEEKLY_DIGEST);

        done = unsubscribe(token);
        preferences.set(anna, Category.RECOGNITION, Delivery.OFF);
        assertThat(undo(token, done)).isFalse();
        assertThat(preferences.of(anna, Category.RECOGNITION)).isEqualTo(Delivery.OFF);

        preferences.restore(anna, Category.RECOGNITION, Delivery.IN_APP);
        var nothingToStop = unsubscribe(token);
        assertThat(nothingToStop.changed()).as("in the bell only already").isFalse();
        assertThat(undo(token, nothingToStop)).isFalse();
        assertThat(preferences.of(anna, Category.RECOGNITION)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void aReportersLinkOptsTheReportOutOfItsNoticesAndUndoOptsItBackIn() {
        var report = jdbc.sql("select max(id) from report").query(Long.class).single();
        var token = TestTokens.report(context, report);
        try {
            assertThat(read(token).forReport()).isTrue();
            assertThat(optedOut(report)).as("opening the page stops nothing").isFalse();

            var done = unsubscribe(token);
            assertThat(done.forReport()).isTrue();
            assertThat(done.changed()).isTrue();
            assertThat(optedOut(report)).isTrue();
            notice(report);
            assertThat(outbox()).as("no notice queued").isZero();
            assertThat(unsubscribe(token).changed()).as("following it again changes nothing more").isFalse();

            assertThat(undo(token, done)).isTrue();
            assertThat(optedOut(report)).isFalse();
            notice(report);
            assertThat(outbox()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from reporter_notice_opt_out where report_id = ?").param(report).update();
        }
    }

    @Test
    void aLinkWeDidNotSignChangesNothing() {
        var max = employee("max");
        var token = TestTokens.category(context, anna, Category.MY_REPORTS);
        var payload = TestTokens.payload(token);
        var signature = token.substring(token.indexOf('.') + 1);
        var expires = payload.substring(payload.lastIndexOf(':') + 1);
        var someoneElse = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace(":" + anna + ":", ":" + max + ":").getBytes(StandardCharsets.UTF_8)) + "." + signature;
        // the signature's first character: its last one carries two bits Base64 ignores, so 'A' and 'B' can read alike
        var editedSignature = token.substring(0, token.indexOf('.') + 1) + (signature.startsWith("A") ? "B" : "A")
                + signature.substring(1);
        var padded = TestTokens.signed(context, "1:E:" + "0".repeat(UnsubscribeTokens.LONGEST) + anna
                + ":MY_REPORTS:" + expires);
        assertThat(read(TestTokens.signed(context, "1:E:0" + anna + ":MY_REPORTS:" + expires)).valid())
                .as("leading zeros are read: only its length refuses the padded one").isTrue();

        for (var forged : List.of(someoneElse, editedSignature, padded, "not-a-token", "a.b", ".", "")) {
            assertThat(read(forged).validity()).as(forged).isEqualTo(Validity.FORGED);
            assertThat(unsubscribe(forged).validity()).as(forged).isEqualTo(Validity.FORGED);
        }
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
        assertThat(preferences.of(max, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void anExpiredLinkChangesNothingAndUndoesNothing() {
        clock.set(MAILED);
        var token = TestTokens.category(context, anna, Category.MY_REPORTS);
        clock.set(MAILED.plus(settings.unsubscribeValid()).minusSeconds(1));
        var done = unsubscribe(token);
        assertThat(done.changed()).as("still valid a second before").isTrue();

        clock.set(MAILED.plus(settings.unsubscribeValid()));
        assertThat(read(token).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(undo(token, done)).isFalse();
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.IN_APP);

        preferences.restore(anna, Category.MY_REPORTS, Delivery.EMAIL);
        assertThat(unsubscribe(token).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
    }

    private Unsubscription read(String token) {
        return runAs.anonymous(() -> unsubscribing.read(token));
    }

    private Unsubscription unsubscribe(String token) {
        return runAs.anonymous(() -> unsubscribing.unsubscribe(token));
    }

    private boolean undo(String token, Unsubscription done) {
        return runAs.anonymous(() -> unsubscribing.undo(token, done));
    }

    private void tell(long recipient, NotificationKind kind) {
        store.tell(List.of(recipient), new News(kind, 0, "", ONCE + UUID.randomUUID(), clock.instant()));
    }

    private void notice(long report) {
        transaction.executeWithoutResult(t -> mail.queueReporterNotice(report, "reporter@example.org", Locale.ENGLISH));
    }

    private long bell(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = ?").param(recipient)
                .query(Long.class).single();
    }

    private long outbox() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }

    private boolean optedOut(long report) {
        return jdbc.sql("select count(*) from reporter_notice_opt_out where report_id = ?").param(report)
                .query(Long.class).single() > 0;
    }

    private long employee(String username) {
        return jdbc.sql("select employee_id from account where username = ?").param(username)
                .query(Long.class).single();
    }
}
