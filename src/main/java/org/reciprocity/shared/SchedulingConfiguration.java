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
 * One scheduler for every module's jobs ({@code @Scheduled} or a {@code SchedulingConfigurer}). Every
 * {@code @Scheduled} method also takes a ShedLock ({@code @SchedulerLock}, a row of the table {@code shedlock}), so
 * that on several server nodes on one PostgreSQL the node that gets it runs the job and the others skip that run
 * ({@code SchedulerLockTest} checks that none is missing). The H2 backup is no {@code @Scheduled} method and takes
 * no lock: an H2 file has one node only ({@code operations.BackupSchedule}).
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
