package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reciprocity.Chromium;
import org.reciprocity.PackagedApp;
import org.reciprocity.reporting.TellUsPages;

/**
 * The restore drill, as the README tells an operator to do it: the packaged app runs on folder A with the demo
 * company and a backup every few seconds; a reporter tells us something and keeps the receipt; a backup made after
 * that is unzipped into an empty folder B and the app started there. The receipt opens its report on B, and with
 * both apps stopped every table of B holds exactly the rows of A: every report, receipt code, recognition and
 * assessment is back.
 */
@Tag("e2e")
class BackupRestoreDrillTest {

    /** Tables whose loss would hurt most: each must have rows on A, so that "the same on B" means something. */
    private static final String[] MATTERS = {"REPORT", "REPORT_STATUS_CHANGE", "REPORT_MESSAGE", "REVIEW_CASE",
            "REVIEW_AUDIT", "RECOGNITION", "RECOGNITION_RECIPIENT", "ASSESSMENT", "ACCOUNT", "EMPLOYEE",
            "VISION_VERSION", "SECURITY_LOG"};
    private static final int KEEP = 2;
    private static final Pattern TOOK = Pattern.compile(" in (\\d+) ms");

    @TempDir
    Path a;
    @TempDir
    Path b;
    @TempDir
    Path offTheMachine;

    private final ArrayList<PackagedApp> started = new ArrayList<>();

    @AfterEach
    void stopTheApps() throws InterruptedException {
        for (var app : started) {
            app.close();
        }
    }

    @Test
    void everyReportReceiptRecognitionAndAssessmentComesBackFromABackup() throws Exception {
        PackagedApp.assumePackaged();
        var story = "Found my daughter's lost backpack and called us at once. " + UUID.randomUUID();
        Path backup;
        long took;
        try (var playwright = Playwright.create()) {
            var browser = Chromium.launch(playwright);
            var onA = start(a, "--reciprocity.backup.cron=*/5 * * * * *", "--reciprocity.backup.keep=" + KEEP);
            onA.awaitLogLine("Demo data told in", Duration.ofMinutes(4)); // nothing else writes to A after this
            String receipt;
            try (var context = browser.newContext()) {
                receipt = TellUsPages.fileAReport(context.newPage(), onA.url(""), story);
            }
            backup = copyOfABackupBegunAfter(Instant.now(), a.resolve("backups"));
            took = tookMillis(onA.awaitLogLine(backup.getFileName().toString(), Duration.ofSeconds(10)));
            onA.stop();
            assertThat(new BackupFolder(a.resolve("backups")).backups()).as("the retention in the running app")
                    .hasSizeLessThanOrEqualTo(KEEP);

            BackupZips.unzip(backup, b);
            var onB = start(b, "--reciprocity.backup.enabled=false");
            try (var context = browser.newContext()) {
                var page = context.newPage();
                page.navigate(onB.url("tell/status"));
                assertThat(TellUsPages.receiptOpens(page, receipt, story)).as("the receipt opens on B").isTrue();
            }
            onB.stop();
        }

        var original = tables(a);
        var restored = tables(b);
        assertThat(original).containsKeys(MATTERS);
        assertThat(MATTERS).allSatisfy(table -> assertThat(original.get(table).rows()).as(table).isPositive());
        assertThat(restored).as("every table, its rows and their contents").isEqualTo(original);
        System.out.printf("BackupRestoreDrillTest: %d tables compared, %d rows in all (report %d, recognition %d, "
                        + "assessment %d), identical on A and B; backup %s: %d KB zip of a %d KB database file, made "
                        + "in %d ms while the app served%n",
                original.size(), original.values().stream().mapToLong(Table::rows).sum(),
                original.get("REPORT").rows(), original.get("RECOGNITION").rows(), original.get("ASSESSMENT").rows(),
                backup.getFileName(), Files.size(backup) / 1024, unzippedBytes(backup) / 1024, took);
    }

    private PackagedApp start(Path dataDir, String... settings) throws IOException, InterruptedException {
        var app = PackagedApp.start(dataDir, settings);
        started.add(app);
        return app;
    }

    /**
     * Waits for the first backup whose name says it began in a later second than {@code after}, and copies it
     * away as an operator would (the retention deletes it from the folder soon).
     */
    private Path copyOfABackupBegunAfter(Instant after, Path folder) throws IOException, InterruptedException {
        var backups = new BackupFolder(folder);
        var earliest = backups.backupFor(after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)).getFileName().toString();
        var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            for (var made : backups.backups()) {
                if (made.getFileName().toString().compareTo(earliest) >= 0) {
                    return Files.copy(made, offTheMachine.resolve(made.getFileName()));
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No backup began after " + after + " within a minute; see " + a.resolve("app.log"));
    }

    private static long unzippedBytes(Path zip) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            return file.stream().mapToLong(ZipEntry::getSize).sum();
        }
    }

    private static long tookMillis(String logLine) {
        var took = TOOK.matcher(logLine);
        assertThat(took.find()).as("the backup's log line says how long it took: " + logLine).isTrue();
        return Long.parseLong(took.group(1));
    }

    /** How many rows, and which, every table of the H2 database in {@code folder} holds. */
    record Table(long rows, String digest) {
    }

    private static Map<String, Table> tables(Path folder) throws SQLException, NoSuchAlgorithmException {
        var tables = new TreeMap<String, Table>();
        var url = "jdbc:h2:file:" + folder.resolve("reciprocity") + ";ACCESS_MODE_DATA=r";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var names = new ArrayList<String>();
            try (var found = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (var name : names) {
                var rows = new ArrayList<String>();
                try (var statement = connection.createStatement();
                     var all = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        var row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(all.getString(column)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                var digest = MessageDigest.getInstance("SHA-256");
                rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
                tables.put(name, new Table(rows.size(), new BigInteger(1, digest.digest()).toString(16)));
            }
        }
        return tables;
    }
}
