package org.reciprocity.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One scheduler for every module's jobs ({@code @Scheduled} or a {@code SchedulingConfigurer}). A {@code @Scheduled}
 * method that must run once across several server nodes on one PostgreSQL also takes a ShedLock
 * ({@code @SchedulerLock}, a row of the table {@code shedlock}): the node that gets it runs the job, the others skip
 * that run. A job that is per node or H2-only (the H2 backup) takes none.
 * <p>
 * The locks' times are the database's ({@code usingDbTime()}, on PostgreSQL and H2 alike), so nodes whose clocks
 * differ still agree on when a lock ends. Default lockAtMostFor 10 min: the longest a lock of a node that died
 * holding it blocks the job, for jobs that name no time of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(dataSource, null);
    }

    /** @param lockedBy who holds a lock, for the table's {@code locked_by}; null: this machine's host name */
    static LockProvider lockProvider(DataSource dataSource, @Nullable String lockedBy) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime();
        if (lockedBy != null) {
            configuration.withLockedByValue(lockedBy);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
