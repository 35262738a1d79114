package org.reciprocity.shared;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL's {@code NOTIFY} where the database is PostgreSQL (one or many nodes), in memory on H2 (one node). */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean(destroyMethod = "close")
    Signals signals(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equals(product) ? new PostgresSignals(dataSource) : new InMemorySignals();
        }
    }
}
