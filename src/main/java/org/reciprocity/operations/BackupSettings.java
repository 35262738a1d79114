package org.reciprocity.operations;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.backup.*}, for the embedded H2 database only.
 *
 * @param enabled whether the scheduled backup runs at all
 * @param cron    when it runs (Spring's six-field cron, server time)
 * @param folder  where the zips go; application.properties puts it beside the database, under the data folder
 * @param keep    how many of the newest zips stay; older ones are deleted after each successful backup
 */
@ConfigurationProperties("reciprocity.backup")
record BackupSettings(@DefaultValue("true") boolean enabled,
                      @DefaultValue("0 30 2 * * *") String cron,
                      Path folder,
                      @DefaultValue("14") int keep) {

    BackupSettings {
        Objects.requireNonNull(folder, "reciprocity.backup.folder must be set");
        if (keep < 1) {
            throw new IllegalArgumentException("reciprocity.backup.keep must be at least 1, not " + keep);
        }
    }
}
