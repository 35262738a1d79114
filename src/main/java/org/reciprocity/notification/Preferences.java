package org.reciprocity.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants each {@link Category}; a category they never chose is its default. Someone who starts a digest
 * gets the next one, not the one due now ({@link DigestRounds}).
 */
@Component
class Preferences {

    private final JdbcClient jdbc;
    private final DigestRounds rounds;
    private final DigestSchedule schedule;
    private final Clock clock;

    Preferences(JdbcClient jdbc, DigestRounds rounds, DigestSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Delivery of(long employeeId, Category category) {
        return jdbc.sql("select delivery from notification_preference where employee_id = ? and category = ?")
                .params(employeeId, category.name()).query(String.class).optional()
                .map(Delivery::valueOf).orElse(category.byDefault());
    }

    @Transactional(readOnly = true)
    Map<Category, Delivery> of(long employeeId) {
        var chosen = new EnumMap<Category, Delivery>(Category.class);
        for (var category : Category.values()) {
            chosen.put(category, category.byDefault());
        }
        jdbc.sql("select category, delivery from notification_preference where employee_id = ?").param(employeeId)
                .query((rs, n) -> chosen.put(Category.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))))
                .list();
        return chosen;
    }

    /**
     * Whether choosing this digest starts it: no other category chosen for it, and no round of it still kept (a
     * manager has the weekly by default for the team's news, and has had it on Mondays).
     */
    private boolean startsDigest(long employeeId, Delivery digest) {
        var chosen = jdbc.sql("select count(*) from notification_preference where employee_id = ? and delivery = ?")
                .params(employeeId, digest.name()).query(Long.class).single() > 0;
        return !chosen && !rounds.hadAny(employeeId, digest == Delivery.DAILY_DIGEST ? 'D' : 'W');
    }

    /** Everyone who chose {@code delivery} for at least one category (a default is not a choice: no row). */
    @Transactional(readOnly = true)
    List<Long> employeesWhoChose(Delivery delivery) {
        return jdbc.sql("select distinct employee_id from notification_preference where delivery = ?")
                .param(delivery.name()).query(Long.class).list();
    }

    /** @throws IllegalArgumentException when the category does not offer that delivery (deadlines cannot be off) */
    @Transactional
    void set(long employeeId, Category category, Delivery delivery) {
        if (!category.choices().contains(delivery)) {
            throw new IllegalArgumentException(category + " cannot be " + delivery);
        }
        if ((delivery == Delivery.DAILY_DIGEST || delivery == Delivery.WEEKLY_DIGEST) && startsDigest(employeeId, delivery)) {
            // the first digest is the next one: the one due now would come within the hour, unasked
            var due = schedule.due(delivery);
            rounds.claim(employeeId, due.key(), due.start(), clock.instant());
        }
        restore(employeeId, category, delivery);
    }

    /**
     * Puts back what the person had, even a delivery no longer offered (undoing an unsubscribe restores exactly what
     * was there): only for a delivery that was stored before.
     */
    @Transactional
    void restore(long employeeId, Category category, Delivery delivery) {
        jdbc.sql("delete from notification_preference where employee_id = ? and category = ?")
                .params(employeeId, category.name()).update();
        if (delivery != category.byDefault()) {
            jdbc.sql("insert into notification_preference (employee_id, category, delivery) values (?, ?, ?)")
                    .params(employeeId, category.name(), delivery.name()).update();
        }
    }
}
