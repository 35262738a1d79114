package org.reciprocity.people;

import java.util.List;

/** What importing a CSV file would do, row by row, before anything is stored. */
public record ImportPreview(List<ImportRow> rows, List<String> newDepartments) {

    public ImportPreview {
        rows = List.copyOf(rows);
        newDepartments = List.copyOf(newDepartments);
    }

    public long count(ImportStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** The rows an import would create or change. */
    public long importable() {
        return rows.stream().filter(ImportRow::importable).count();
    }
}
