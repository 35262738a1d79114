package org.reciprocity.notification;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How each person wants each {@link Category}; a category they never chose is its default. */
@Component
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** @throws IllegalArgumentException when the category does not offer that delivery (deadlines cannot be off) */
    @Transactional
    void set(long employeeId, Category category, Delivery delivery) {
        if (!category.choices().contains(delivery)) {
            throw new IllegalArgumentException(category + " cannot be " + delivery);
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
