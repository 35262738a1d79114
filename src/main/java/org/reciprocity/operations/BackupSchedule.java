package org.reciprocity.operations;

import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Schedules the nightly {@link H2Backup} where there is something for it to do: an H2 database in a file. It asks
 * the database once, at start-up, what it is; on PostgreSQL it says once that backups are the operator's job.
 * <p>
 * No ShedLock here, unlike jobs that must run once across server nodes: H2 is embedded, so a database that this
 * job backs up only ever has one node.
 */
@Component
class BackupSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final BackupSettings settings;

    BackupSchedule(DataSource dataSource, Clock clock, BackupSettings settings) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        switch (database()) {
            case POSTGRESQL -> log.info("The database is PostgreSQL: backing it up is the operator's job (pg_dump "
                    + "nightly, WAL archiving for point-in-time recovery); see \"Backup and restore\" in the README. "
                    + "reciprocity.backup.* applies to the embedded H2 database only.");
            case H2_IN_MEMORY -> log.info("The H2 database is in memory: nothing to back up.");
            case OTHER -> log.warn("Unknown database: no backups are made; see \"Backup and restore\" in the README.");
            case H2_FILE -> {
                if (!settings.enabled()) {
                    log.warn("Backups of the H2 database are off (reciprocity.backup.enabled=false).");
                    return;
                }
                var backup = new H2Backup(dataSource, clock, new BackupFolder(settings.folder()), settings.keep());
                tasks.addCronTask(backup::run, settings.cron());
                log.info("The H2 database is backed up at cron \"{}\" into {}, keeping the newest {}.",
                        settings.cron(), settings.folder().toAbsolutePath().normalize(), settings.keep());
            }
        }
    }

    private enum Database { H2_FILE, H2_IN_MEMORY, POSTGRESQL, OTHER }

    private Database database() {
        try (var connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            return switch (metaData.getDatabaseProductName()) {
                case "H2" -> metaData.getURL().startsWith("jdbc:h2:mem:") ? Database.H2_IN_MEMORY : Database.H2_FILE;
                case "PostgreSQL" -> Database.POSTGRESQL;
                default -> Database.OTHER;
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the database what it is", e);
        }
    }
}
