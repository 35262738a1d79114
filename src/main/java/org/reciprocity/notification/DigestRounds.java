package org.reciprocity.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code notification_round}: which digest or team summary each person has had. A round is claimed in the
 * transaction that does its work, so that a rolled-back round is done again and a committed one never is; two nodes
 * that claim the same round at once collide on the primary key, and the second rolls back.
 */
@Component
class DigestRounds {

    private final JdbcClient jdbc;

    DigestRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the person has had this round already */
    boolean claim(long recipient, String key, Instant periodStart, Instant now) {
        var had = jdbc.sql("select count(*) from notification_round where recipient_id = ? and period_key = ?")
                .params(recipient, key).query(Long.class).single() > 0;
        if (had) {
            return false;
        }
        jdbc.sql("insert into notification_round (recipient_id, period_key, period_start, done_at) values (?, ?, ?, ?)")
                .params(recipient, key, NotificationStore.utc(periodStart), NotificationStore.utc(now)).update();
        return true;
    }

    /** The people who have had the round {@code key}. */
    Set<Long> done(String key) {
        return new HashSet<>(jdbc.sql("select recipient_id from notification_round where period_key = ?").param(key)
                .query(Long.class).list());
    }

    /** When the person's last round of the same kind (the key's first letter) before {@code key} became due. */
    Optional<Instant> previousStart(long recipient, String key) {
        return jdbc.sql("""
                        select max(period_start) from notification_round
                        where recipient_id = ? and period_key like ? and period_key < ?""")
                .params(recipient, key.charAt(0) + "%", key).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Whether the person has had any round of the kind {@code prefix} ({@code D}, {@code W}) still kept. */
    boolean hadAny(long recipient, char prefix) {
        return jdbc.sql("select count(*) from notification_round where recipient_id = ? and period_key like ?")
                .params(recipient, prefix + "%").query(Long.class).single() > 0;
    }

    int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from notification_round where done_at < ?").param(NotificationStore.utc(before))
                .update();
    }
}
