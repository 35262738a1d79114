package org.reciprocity.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.reciprocity.shared.Signals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored notifications: written once per recipient and fact ({@code once_key}), as each recipient chose
 * ({@link Preferences}): not at all when they turned the category off, handed to {@link NotificationMail} when they
 * chose e-mail at once; and signalled on {@value #CHANNEL} with the recipient's id when the transaction commits, so
 * that their bell counts up on every server node.
 */
@Component
class NotificationStore {

    static final String CHANNEL = "notification";

    private final JdbcClient jdbc;
    private final Preferences preferences;
    private final NotificationMail mail;
    private final Signals signals;

    NotificationStore(JdbcClient jdbc, Preferences preferences, NotificationMail mail, Signals signals) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.mail = mail;
        this.signals = signals;
    }

    /** What one fact tells its recipients. */
    record News(NotificationKind kind, long subjectId, String detail, String onceKey, Instant at) {

        /** The column's length (V17: a manager's weekly summary names people). */
        static final int DETAIL_MAX = 1000;

        News {
            detail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
        }
    }

    /** Tells each recipient once; a recipient who has it already (the event came again) is skipped. */
    @Transactional
    void tell(Collection<Long> recipientIds, News news) {
        for (var recipient : recipientIds.stream().distinct().sorted().toList()) {
            var delivery = preferences.of(recipient, news.kind().category());
            if (delivery == Delivery.OFF || has(recipient, news.onceKey())) {
                continue;
            }
            var stored = insert(recipient, news);
            if (delivery == Delivery.EMAIL && mail.queue(stored)) {
                markMailed(List.of(stored.id()), news.at());
            }
            signals.send(CHANNEL, Long.toString(recipient));
        }
    }

    private boolean has(long recipient, String onceKey) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and once_key = ?")
                .params(recipient, onceKey).query(Long.class).single() > 0;
    }

    private StoredNotification insert(long recipient, News news) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(recipient, news.kind().name(), news.subjectId(), news.detail(), news.onceKey(), utc(news.at()))
                .update(keys, "id");
        var id = keys.getKeyAs(Number.class);
        return new StoredNotification(id == null ? 0 : id.longValue(), recipient, news.kind(), news.subjectId(),
                news.detail(), news.at());
    }

    // ------------------------------------------------------------------ e-mail (at once, and the digests)

    /** Carried by an e-mail at {@code at}: a digest does not carry it again. */
    @Transactional
    void markMailed(Collection<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set mailed_at = :at where id in (:ids)").param("at", utc(at))
                    .param("ids", ids).update();
        }
    }

    /** Who has notifications of these kinds, created in [from, now], that no mail has carried. */
    @Transactional(readOnly = true)
    List<Long> recipientsOfUnmailed(Collection<String> kinds, Instant from, Instant now) {
        return jdbc.sql("""
                        select distinct recipient_id from notification
                        where mailed_at is null and created_at >= :from and created_at <= :now and kind in (:kinds)""")
                .param("from", utc(from)).param("now", utc(now)).param("kinds", kinds).query(Long.class).list();
    }

    /** A recipient's notifications of these kinds, created in [from, now], that no mail has carried; newest first. */
    @Transactional(readOnly = true)
    List<StoredNotification> unmailed(long recipient, Collection<String> kinds, Instant from, Instant now) {
        return jdbc.sql("""
                        select id, kind, subject_id, detail, created_at from notification
                        where recipient_id = :recipient and mailed_at is null and kind in (:kinds)
                          and created_at >= :from and created_at <= :now
                        order by created_at desc, id desc""")
                .param("recipient", recipient).param("kinds", kinds).param("from", utc(from)).param("now", utc(now))
                .query((rs, n) -> new StoredNotification(rs.getLong(1), recipient, NotificationKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    // ------------------------------------------------------------------ the recipient's own (the bell)

    @Transactional(readOnly = true)
    long unread(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipient).query(Long.class).single();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    List<Line> newest(long recipient, int offset, int limit) {
        return jdbc.sql("""
                        select id, kind, subject_id, detail, created_at, read_at from notification
                        where recipient_id = ? order by created_at desc, id desc offset ? rows fetch next ? rows only""")
                .params(recipient, offset, limit).query(NotificationStore::line).list();
    }

    @Transactional(readOnly = true)
    long count(long recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = ?").param(recipient)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    Optional<Line> find(long recipient, long id) {
        return jdbc.sql("""
                        select id, kind, subject_id, detail, created_at, read_at from notification
                        where recipient_id = ? and id = ?""")
                .params(recipient, id).query(NotificationStore::line).optional();
    }

    /** @return whether it was unread */
    @Transactional
    boolean markRead(long recipient, long id, Instant at) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and id = ? and read_at is null")
                .params(utc(at), recipient, id).update() > 0;
    }

    @Transactional
    int markAllRead(long recipient, Instant at) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(utc(at), recipient).update();
    }

    /** Removes every recipient's notification of this kind about this subject; their bells count again. */
    @Transactional
    void forget(NotificationKind kind, long subjectId) {
        var recipients = jdbc.sql("select distinct recipient_id from notification where kind = ? and subject_id = ?")
                .params(kind.name(), subjectId).query(Long.class).list();
        jdbc.sql("delete from notification where kind = ? and subject_id = ?").params(kind.name(), subjectId).update();
        recipients.forEach(recipient -> signals.send(CHANNEL, Long.toString(recipient)));
    }

    /** Removes what is older than {@code before}, every recipient's; returns how many. */
    @Transactional
    int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from notification where created_at < ?").param(utc(before)).update();
    }

    /** One notification as its recipient lists it. */
    record Line(long id, NotificationKind kind, long subjectId, String detail, Instant createdAt, boolean read) {
    }

    private static Line line(ResultSet rs, int row) throws SQLException {
        return new Line(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6) != null);
    }

    /** An instant as the parameter a {@code timestamp with time zone} column takes on H2 and PostgreSQL alike. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
