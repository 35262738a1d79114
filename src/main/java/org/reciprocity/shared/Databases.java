package org.reciprocity.shared;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one way the portal decides between its two setups: PostgreSQL (one or many server nodes, so whatever nodes
 * must share goes through the database) or H2 (embedded, one node, so it stays in memory).
 */
final class Databases {

    private Databases() {
    }

    static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the database what it is", e);
        }
    }
}
