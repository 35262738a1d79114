package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One backup of a real H2 file database, without the app: the zip unpacks into a database with the same rows,
 * and a backup that cannot be written fails quietly, leaving no zip that looks whole.
 */
class H2BackupTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:30:00Z");

    @TempDir
    Path dir;

    private SingleConnectionDataSource database;

    @BeforeEach
    void aDatabaseWithRows() throws SQLException {
        database = open(dir.resolve("data"));
        try (var statement = database.getConnection().createStatement()) {
            statement.execute("CREATE TABLE report (id BIGINT PRIMARY KEY, story VARCHAR(100))");
            statement.execute("INSERT INTO report SELECT x, 'story ' || x FROM SYSTEM_RANGE(1, 500)");
        }
    }

    @AfterEach
    void close() {
        database.destroy();
    }

    @Test
    void theZipRestoresTheDatabaseWithEveryRow() throws Exception {
        var backups = new BackupFolder(dir.resolve("backups"));
        var made = backup(backups, 14).run().orElseThrow();

        assertThat(made.file()).isEqualTo(dir.resolve("backups/reciprocity-20260501T023000Z.zip"));
        assertThat(BackupFolder.unfinished(made.file())).doesNotExist();
        var restored = dir.resolve("restored");
        BackupZips.unzip(made.file(), restored);
        var copy = open(restored);
        try {
            assertThat(count(copy.getConnection())).isEqualTo(500);
        } finally {
            copy.destroy();
        }
    }

    @Test
    void eachBackupAppliesTheRetention() throws IOException {
        var backups = new BackupFolder(dir.resolve("backups"));
        for (int night = 0; night < 3; night++) {
            var clock = Clock.fixed(NOW.plus(Duration.ofDays(night)), ZoneOffset.UTC);
            new H2Backup(database, clock, backups, 2).run().orElseThrow();
        }

        assertThat(backups.backups()).extracting(file -> file.getFileName().toString())
                .containsExactly("reciprocity-20260502T023000Z.zip", "reciprocity-20260503T023000Z.zip");
    }

    @Test
    void aBackupThatCannotBeWrittenFailsWithoutThrowingAndLeavesNoZip() throws IOException {
        var notAFolder = Files.writeString(dir.resolve("backups"), "a file where the folder should be");

        assertThat(backup(new BackupFolder(notAFolder), 14).run()).isEmpty();
        assertThat(backup(new BackupFolder(notAFolder.resolve("below")), 14).run()).isEmpty();

        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(file -> file.getFileName().toString().endsWith(".zip"));
        }
    }

    private H2Backup backup(BackupFolder folder, int keep) {
        return new H2Backup(database, Clock.fixed(NOW, ZoneOffset.UTC), folder, keep);
    }

    private static SingleConnectionDataSource open(Path folder) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("reciprocity"), "sa", "", true);
    }

    private static long count(Connection connection) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM report")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
