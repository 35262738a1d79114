package org.reciprocity.shared;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL's {@code NOTIFY} where the database is PostgreSQL (one or many nodes), in memory on H2 (one node). */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean(destroyMethod = "close")
    Signals signals(DataSource dataSource) {
        return Databases.isPostgres(dataSource) ? new PostgresSignals(dataSource) : new InMemorySignals();
    }
}
