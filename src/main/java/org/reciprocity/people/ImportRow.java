package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/**
 * One row of an employee CSV file as the import sees it; cells are normalised, e-mails lowercase.
 *
 * @param line          the line of the file the row starts on (the header is line 1)
 * @param reasonKey     for a rejected row, the translation key of why; {@code reasonValue} is its {0}
 * @param newDepartment the row names a department the import creates
 */
public record ImportRow(int line, String fullName, String jobTitle, String email, String department,
                        String location, String managerEmail, ImportStatus status, @Nullable String reasonKey,
                        @Nullable String reasonValue, boolean newDepartment) {

    ImportRow rejected(String key, @Nullable String value) {
        return new ImportRow(line, fullName, jobTitle, email, department, location, managerEmail,
                ImportStatus.REJECTED, key, value, false);
    }

    ImportRow withStatus(ImportStatus newStatus, boolean createsDepartment) {
        return new ImportRow(line, fullName, jobTitle, email, department, location, managerEmail, newStatus, null,
                null, createsDepartment);
    }

    public boolean importable() {
        return status == ImportStatus.NEW || status == ImportStatus.UPDATE;
    }
}
