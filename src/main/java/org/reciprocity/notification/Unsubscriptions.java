package org.reciprocity.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.notification.Unsubscription.Validity;
import org.reciprocity.notification.UnsubscribeTokens.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What following an unsubscribe link does, for the page and the one-click POST alike. An employee's category stops
 * mailing and stays in the bell (IN_APP, which every category offers, deadlines included); a report gets a row in
 * {@code reporter_notice_opt_out}, which {@link OutboxMail} honours. The signed token is the only authority: nobody is
 * signed in. Following a link twice changes nothing more; undoing puts back exactly what was there.
 */
@Component
class Unsubscriptions {

    /** The deliveries that send e-mail; the others have nothing to stop. */
    private static final Set<Delivery> MAILING = EnumSet.of(Delivery.EMAIL, Delivery.DAILY_DIGEST,
            Delivery.WEEKLY_DIGEST);

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;
    private final JdbcClient jdbc;
    private final Clock clock;

    Unsubscriptions(UnsubscribeTokens tokens, Preferences preferences, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the link would stop; changes nothing (a mail scanner opening the page stops no mail). */
    Unsubscription read(String token) {
        var reading = tokens.read(token);
        var what = reading.unsubscribe();
        return what == null ? refused(reading.refusal()) : new Unsubscription(Validity.VALID, what.category(), false, null);
    }

    @Transactional
    Unsubscription unsubscribe(String token) {
        var reading = tokens.read(token);
        var what = reading.unsubscribe();
        if (what == null) {
            return refused(reading.refusal());
        }
        if (what.category() == null) {
            return new Unsubscription(Validity.VALID, null, optOut(Objects.requireNonNull(what.reportId())), null);
        }
        var employee = Objects.requireNonNull(what.employeeId());
        var before = preferences.of(employee, what.category());
        var mailing = MAILING.contains(before);
        if (mailing) {
            preferences.set(employee, what.category(), Delivery.IN_APP);
        }
        return new Unsubscription(Validity.VALID, what.category(), mailing, before);
    }

    /**
     * Puts back what {@code done} changed, if the link is still valid, names what {@code done} says, and nothing was
     * chosen since (a choice made on the settings page meanwhile is not overwritten).
     *
     * @return whether anything was put back
     */
    @Transactional
    boolean undo(String token, Unsubscription done) {
        var what = tokens.read(token).unsubscribe();
        if (what == null || !done.changed() || !Objects.equals(what.category(), done.category())) {
            return false;
        }
        if (what.category() == null) {
            return jdbc.sql("delete from reporter_notice_opt_out where report_id = ?")
                    .param(Objects.requireNonNull(what.reportId())).update() > 0;
        }
        var employee = Objects.requireNonNull(what.employeeId());
        var before = done.before();
        if (before == null || !MAILING.contains(before) || preferences.of(employee, what.category()) != Delivery.IN_APP) {
            return false;
        }
        preferences.restore(employee, what.category(), before);
        return true;
    }

    /** @return whether the report was opted out now (not before, and the report still exists) */
    private boolean optOut(long reportId) {
        // reporter_notice_opt_out references the report: a report deleted since the mail has nothing left to stop
        return jdbc.sql("""
                        insert into reporter_notice_opt_out (report_id, created_at)
                        select r.id, ? from report r where r.id = ?
                        and not exists (select 1 from reporter_notice_opt_out o where o.report_id = r.id)""")
                .params(NotificationStore.utc(clock.instant()), reportId).update() > 0;
    }

    private static Unsubscription refused(@Nullable Refusal refusal) {
        return Unsubscription.refused(refusal == Refusal.EXPIRED ? Validity.EXPIRED : Validity.FORGED);
    }
}
