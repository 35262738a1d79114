package org.reciprocity.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;

/** What an operator's {@code unzip} does with a backup, for the tests that restore one. */
final class BackupZips {

    private BackupZips() {
    }

    static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (var file = new ZipFile(zip.toFile())) {
            for (var entry : Collections.list(file.entries())) {
                var target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("A backup entry outside the folder: " + entry.getName());
                }
                try (var in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
    }
}
