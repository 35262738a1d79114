package org.reciprocity.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file does: every row with its status (or why it is rejected), the departments to create, and
 * for each row that creates or changes a person, where that person goes.
 *
 * @param newDepartments the names of the departments to create, as first spelled in the file
 */
record ImportPlan(List<ImportRow> rows, List<String> newDepartments, List<Change> changes) {

    ImportPlan {
        rows = List.copyOf(rows);
        newDepartments = List.copyOf(newDepartments);
        changes = List.copyOf(changes);
    }

    /**
     * A row that creates ({@link ImportStatus#NEW}) or changes ({@link ImportStatus#UPDATE}) a person.
     *
     * @param departmentId the existing department, or null for the new one named {@code newDepartment}
     */
    record Change(ImportRow row, @Nullable Long departmentId, @Nullable String newDepartment, long locationId) {
    }

    long count(ImportStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    ImportPreview preview() {
        return new ImportPreview(rows, newDepartments);
    }
}
