package org.reciprocity.shared;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate limits and throttles in PostgreSQL where the database is PostgreSQL (one or many nodes), in memory on H2. */
@Configuration(proxyBeanMethods = false)
class BucketsConfiguration {

    @Bean
    BucketStores bucketStores(DataSource dataSource, Clock clock) {
        return Databases.isPostgres(dataSource) ? BucketStores.postgres(dataSource, clock) : BucketStores.inMemory(clock);
    }
}
