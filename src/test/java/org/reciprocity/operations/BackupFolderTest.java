package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention rule: the newest backups stay, by the time in their names, and nothing else in the folder is touched. */
class BackupFolderTest {

    private static final Instant FIRST = Instant.parse("2026-03-28T02:30:00Z");

    @TempDir
    Path dir;

    @Test
    void keepsTheNewestBackupsAndDeletesTheOlderOnes() throws IOException {
        var folder = new BackupFolder(dir);
        for (int night = 0; night < 20; night++) {
            Files.writeString(folder.backupFor(FIRST.plus(Duration.ofDays(night))), "zip " + night);
        }

        assertThat(folder.keepNewest(14)).isEqualTo(6);

        assertThat(folder.backups()).hasSize(14)
                .first().isEqualTo(dir.resolve("reciprocity-20260403T023000Z.zip"));
        assertThat(folder.backups()).last().isEqualTo(dir.resolve("reciprocity-20260416T023000Z.zip"));
    }

    @Test
    void namesSortAsTheBackupsWereMadeAcrossYearsAndHours() throws IOException {
        var folder = new BackupFolder(dir);
        var times = new Instant[] {Instant.parse("2026-12-31T23:59:59Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T09:00:00Z"), Instant.parse("2027-01-01T10:00:00Z")};
        for (int i = times.length - 1; i >= 0; i--) { // written newest first: order comes from the names
            Files.writeString(folder.backupFor(times[i]), "zip");
        }

        folder.keepNewest(2);

        assertThat(folder.backups()).containsExactly(folder.backupFor(times[2]), folder.backupFor(times[3]));
    }

    @Test
    void leavesFilesThatAreNotItsBackupsAlone() throws IOException {
        var folder = new BackupFolder(dir);
        var unrelated = new Path[] {dir.resolve("notes.txt"), dir.resolve("reciprocity-old.zip"),
                dir.resolve("reciprocity-20200101T000000Z.zip.bak"), dir.resolve("other-20200101T000000Z.zip")};
        for (var file : unrelated) {
            Files.writeString(file, "mine");
        }
        Files.createDirectory(dir.resolve("reciprocity-20200101T000000Z.zip")); // a folder with a backup's name
        Files.writeString(folder.backupFor(FIRST), "zip");
        Files.writeString(folder.backupFor(FIRST.plusSeconds(60)), "zip");

        assertThat(folder.keepNewest(1)).isEqualTo(1);

        assertThat(folder.backups()).containsExactly(folder.backupFor(FIRST.plusSeconds(60)));
        assertThat(unrelated).allSatisfy(file -> assertThat(file).exists());
        assertThat(dir.resolve("reciprocity-20200101T000000Z.zip")).isDirectory();
    }

    @Test
    void anUnfinishedZipIsNeverABackupAndIsClearedAway() throws IOException {
        var folder = new BackupFolder(dir);
        var interrupted = BackupFolder.unfinished(folder.backupFor(FIRST));
        Files.writeString(interrupted, "half a zip");
        Files.writeString(dir.resolve("notes.part"), "mine");

        assertThat(folder.backups()).isEmpty();
        folder.removeUnfinished();

        assertThat(interrupted).doesNotExist();
        assertThat(dir.resolve("notes.part")).exists();
    }

    @Test
    void aFolderThatDoesNotExistYetHasNoBackups() throws IOException {
        var folder = new BackupFolder(dir.resolve("not-yet"));

        assertThat(folder.backups()).isEmpty();
        assertThat(folder.keepNewest(3)).isZero();
    }
}
