package org.reciprocity.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One online backup of the embedded H2 database: H2's {@code BACKUP TO} writes a zip of the database file while
 * the app goes on serving (transactionally consistent, nothing locked), then the oldest zips beyond the retention
 * are deleted. A failure is logged as an error and leaves the earlier backups as they were; it never reaches the
 * caller, so a full disk cannot stop the app.
 */
final class H2Backup {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);

    /** What a successful run made. */
    record Made(Path file, long bytes, Duration took, int removed) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final BackupFolder folder;
    private final int keep;

    H2Backup(DataSource dataSource, Clock clock, BackupFolder folder, int keep) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.folder = folder;
        this.keep = keep;
    }

    /** Backs up now; empty when it failed (and said so in the log). */
    Optional<Made> run() {
        long started = System.nanoTime();
        var backup = folder.backupFor(clock.instant());
        var unfinished = BackupFolder.unfinished(backup);
        try {
            Files.createDirectories(folder.path());
            folder.removeUnfinished();
            writeZip(unfinished);
            Files.move(unfinished, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            int removed = folder.keepNewest(keep);
            var made = new Made(backup, Files.size(backup), Duration.ofNanos(System.nanoTime() - started), removed);
            log.info("Backed up the database to {} ({} KB) in {} ms; {} older backup(s) deleted, the newest {} kept",
                    backup, made.bytes() / 1024, made.took().toMillis(), removed, keep);
            return Optional.of(made);
        } catch (SQLException | IOException | RuntimeException e) {
            log.error("Backup to {} failed; the app goes on and the earlier backups in {} are kept",
                    backup, folder.path(), e);
            deleteQuietly(unfinished);
            return Optional.empty();
        }
    }

    private void writeZip(Path target) throws SQLException, IOException {
        try (var connection = dataSource.getConnection();
             var backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
        }
        // On disk before it gets its real name: after a power cut, a backup's name never points at a partial zip.
        try (var written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the unfinished backup {}; the next backup removes it", file, e);
        }
    }
}
