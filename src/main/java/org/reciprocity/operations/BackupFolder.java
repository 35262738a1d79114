package org.reciprocity.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The folder of backups and its naming: {@code reciprocity-20260501T023000Z.zip}, UTC, so that the names sort as
 * the backups were made (no daylight-saving hour twice). A zip is written under a {@code .part} name and gets its
 * real name only when complete, so every file with a backup's name is a whole backup. Files the folder holds
 * for other reasons are never touched.
 */
final class BackupFolder {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP = Pattern.compile("reciprocity-\\d{8}T\\d{6}Z\\.zip");
    private static final Pattern UNFINISHED = Pattern.compile("reciprocity-\\d{8}T\\d{6}Z\\.zip\\.part");

    private final Path folder;

    BackupFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /** Where the backup begun at {@code startedAt} ends up. */
    Path backupFor(Instant startedAt) {
        return folder.resolve("reciprocity-" + STAMP.format(startedAt) + ".zip");
    }

    /** Where it is written until it is complete. */
    static Path unfinished(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".part");
    }

    /** Every complete backup, oldest first. */
    List<Path> backups() throws IOException {
        return matching(BACKUP);
    }

    /** Deletes what an interrupted backup (a crash, a kill mid-write) left behind. */
    void removeUnfinished() throws IOException {
        for (var leftover : matching(UNFINISHED)) {
            Files.deleteIfExists(leftover);
        }
    }

    /** Deletes all but the newest {@code keep} backups; returns how many it deleted. */
    int keepNewest(int keep) throws IOException {
        var backups = backups();
        int surplus = Math.max(0, backups.size() - keep);
        for (var old : backups.subList(0, surplus)) {
            Files.deleteIfExists(old);
        }
        return surplus;
    }

    private List<Path> matching(Pattern name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        var found = new ArrayList<Path>();
        try (var entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .filter(file -> name.matcher(file.getFileName().toString()).matches())
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return found;
    }
}
