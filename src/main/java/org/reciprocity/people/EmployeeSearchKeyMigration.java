package org.reciprocity.people;

import java.sql.SQLException;
import java.util.ArrayList;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * V21: every employee gets the {@link PersonSearchKey} of their name, the column people searches compare. In Java,
 * because SQL cannot transliterate; Spring Boot hands this bean to Flyway next to the SQL migrations. Changing the
 * key's rules later needs a migration like this one that computes the keys again.
 */
@Component
class EmployeeSearchKeyMigration implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "employee search key";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var alter = connection.createStatement()) {
            alter.execute("alter table employee add column search_key varchar(" + PersonSearchKey.MAX_LENGTH
                    + ") default '' not null");
        }
        var rows = new ArrayList<Object[]>();
        try (var select = connection.createStatement();
             var names = select.executeQuery("select id, full_name from employee")) {
            while (names.next()) {
                rows.add(new Object[] {names.getLong(1), PersonSearchKey.of(names.getString(2))});
            }
        }
        try (var update = connection.prepareStatement("update employee set search_key = ? where id = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                update.setString(1, (String) rows.get(i)[1]);
                update.setLong(2, (Long) rows.get(i)[0]);
                update.addBatch();
                if (i % BATCH == BATCH - 1) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
