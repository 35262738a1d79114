package org.reciprocity.people;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DirectorySnapshot.KnownDepartment;
import org.reciprocity.people.DirectorySnapshot.KnownEmployee;
import org.reciprocity.people.DirectorySnapshot.KnownLocation;
import org.reciprocity.shared.ViolationKeys;

/**
 * Decides what importing a file's rows would do, against a snapshot of the directory: rows are matched on e-mail,
 * so importing the same file again changes nothing; unknown departments are created, unknown locations reject the
 * row; managers may appear later in the file. It reads no database and needs no Spring, so every rule the preview
 * explains is tested on its own; {@link EmployeeImport} takes the snapshot and stores the plan.
 */
final class ImportPlanner {

    /** Cells are checked against the same constraints as the employee and department forms. */
    private final Validator validator;

    ImportPlanner(Validator validator) {
        this.validator = validator;
    }

    /** Whom the snapshot must hold: everyone the rows name, as a person or as a manager. */
    static Set<String> emailsNamed(List<ImportRow> rows) {
        var emails = new HashSet<String>();
        rows.forEach(r -> {
            emails.add(r.email());
            emails.add(r.managerEmail());
        });
        emails.remove("");
        return emails;
    }

    /** @param rows the file's rows as {@link EmployeeCsv#read} gives them */
    ImportPlan plan(List<ImportRow> rows, DirectorySnapshot directory) {
        return new Planning(rows, directory).plan();
    }

    /** A reason a row is rejected: the translation key and the value for its {0}. */
    private record Reason(String key, @Nullable String value) {
    }

    /** One file planned against one snapshot; the rows are replaced as each check rejects them. */
    private final class Planning {
        private final List<ImportRow> rows;
        private final Map<String, KnownDepartment> departments = new HashMap<>();
        private final Map<String, KnownLocation> locations = new HashMap<>();
        private final Map<String, KnownEmployee> people = new HashMap<>();
        private final Map<Integer, KnownLocation> locationOf = new HashMap<>();

        Planning(List<ImportRow> rows, DirectorySnapshot directory) {
            this.rows = new ArrayList<>(rows);
            directory.departments().forEach(d -> departments.put(key(d.name()), d));
            directory.locations().forEach(l -> {
                locations.put(key(l.name()), l);
                locations.put(key(l.code()), l);
            });
            directory.employees().forEach(e -> people.put(e.email(), e));
        }

        ImportPlan plan() {
            checkEachRow();
            resolveManagers();
            return decide();
        }

        /** Rejects rows with an invalid cell, an e-mail an earlier row has, or an unknown location. */
        private void checkEachRow() {
            var firstLine = new HashMap<String, Integer>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var reason = check(row);
                if (reason == null) {
                    var first = firstLine.putIfAbsent(row.email(), row.line());
                    if (first != null) {
                        reason = new Reason("people.import.email.duplicate", String.valueOf(first));
                    }
                }
                if (reason == null) {
                    var location = locations.get(key(row.location()));
                    if (location == null) {
                        reason = new Reason("people.import.location.unknown", row.location());
                    } else {
                        locationOf.put(row.line(), location);
                    }
                }
                if (reason != null) {
                    rows.set(i, row.rejected(reason.key(), reason.value()));
                }
            }
        }

        /**
         * Rejects rows whose manager is unknown, rejected, or would close a reporting cycle; repeats until stable,
         * because a rejected row can leave another row without its manager.
         */
        private void resolveManagers() {
            var inFile = new HashMap<String, ImportRow>();
            rows.forEach(r -> inFile.putIfAbsent(r.email(), r));
            var changed = true;
            while (changed) {
                var valid = new HashMap<String, ImportRow>();
                rows.stream().filter(r -> r.status() != ImportStatus.REJECTED).forEach(r -> valid.put(r.email(), r));
                var rejections = new HashMap<Integer, Reason>();
                for (int i = 0; i < rows.size(); i++) {
                    var row = rows.get(i);
                    if (row.status() != ImportStatus.REJECTED && !row.managerEmail().isEmpty()) {
                        var reason = managerProblem(row, valid, inFile);
                        if (reason != null) {
                            rejections.put(i, reason);
                        }
                    }
                }
                // all rows of one pass are judged against the same picture, so both ends of a cycle say "cycle"
                rejections.forEach((i, reason) -> rows.set(i, rows.get(i).rejected(reason.key(), reason.value())));
                changed = !rejections.isEmpty();
            }
        }

        private @Nullable Reason managerProblem(ImportRow row, Map<String, ImportRow> valid,
                                                Map<String, ImportRow> inFile) {
            var manager = row.managerEmail();
            if (manager.equals(row.email())) {
                return new Reason("people.import.manager.self", null);
            }
            if (!valid.containsKey(manager) && !people.containsKey(manager)) {
                var rejectedRow = inFile.get(manager);
                return rejectedRow != null
                        ? new Reason("people.import.manager.rejected", String.valueOf(rejectedRow.line()))
                        : new Reason("people.import.manager.unknown", manager);
            }
            return closesCycle(row, valid) ? new Reason("people.import.manager.cycle", manager) : null;
        }

        /** Follows the managers up from the row's manager, as they would be after the import. */
        private boolean closesCycle(ImportRow row, Map<String, ImportRow> valid) {
            var seen = new HashSet<String>();
            @Nullable String current = row.managerEmail();
            while (current != null && !current.isEmpty()) {
                if (current.equals(row.email())) {
                    return true;
                }
                if (!seen.add(current)) {
                    return false; // a cycle above this row, not through it
                }
                current = managerAfterImport(current, valid);
            }
            return false;
        }

        private @Nullable String managerAfterImport(String email, Map<String, ImportRow> valid) {
            var row = valid.get(email);
            if (row != null) {
                return row.managerEmail();
            }
            var employee = people.get(email);
            return employee == null ? null : employee.managerEmail();
        }

        /** Gives each row that is still valid its status, and says where the people it creates or changes go. */
        private ImportPlan decide() {
            var decided = new ArrayList<ImportRow>();
            var newDepartments = new LinkedHashMap<String, String>();
            var changes = new ArrayList<ImportPlan.Change>();
            for (var row : rows) {
                if (row.status() == ImportStatus.REJECTED) {
                    decided.add(row);
                    continue;
                }
                var department = departments.get(key(row.department()));
                var location = Objects.requireNonNull(locationOf.get(row.line()));
                var existing = people.get(row.email());
                var status = existing == null ? ImportStatus.NEW
                        : same(existing, row, department, location) ? ImportStatus.UNCHANGED : ImportStatus.UPDATE;
                var planned = row.withStatus(status, department == null);
                decided.add(planned);
                if (planned.importable()) {
                    var created = department == null
                            ? newDepartments.computeIfAbsent(key(row.department()), k -> row.department()) : null;
                    changes.add(new ImportPlan.Change(planned, department == null ? null : department.id(), created,
                            location.id()));
                }
            }
            return new ImportPlan(decided, List.copyOf(newDepartments.values()), changes);
        }

        /** The first reason the row's cells cannot be imported; null when they are fine. */
        private @Nullable Reason check(ImportRow row) {
            for (var cell : List.of(Map.entry("fullName", row.fullName()), Map.entry("jobTitle", row.jobTitle()),
                    Map.entry("email", row.email()))) {
                var violations = validator.validateValue(EmployeeForm.class, cell.getKey(), cell.getValue());
                if (!violations.isEmpty()) {
                    return new Reason(ViolationKeys.of(violations.iterator().next()), cell.getValue());
                }
            }
            if (row.department().isEmpty()) {
                return new Reason("people.department.required", null);
            }
            if (!validator.validateValue(DepartmentForm.class, "name", row.department()).isEmpty()) {
                return new Reason("people.import.department.invalid", row.department());
            }
            if (row.location().isEmpty()) {
                return new Reason("people.location.required", null);
            }
            if (!row.managerEmail().isEmpty()
                    && !validator.validateValue(EmployeeForm.class, "email", row.managerEmail()).isEmpty()) {
                return new Reason("people.import.manager.invalid", row.managerEmail());
            }
            return null;
        }
    }

    private static boolean same(KnownEmployee e, ImportRow row, @Nullable KnownDepartment department,
                                KnownLocation location) {
        return e.fullName().equals(row.fullName())
                && e.jobTitle().equals(row.jobTitle())
                && department != null && e.departmentId() == department.id()
                && e.locationId() == location.id()
                && Objects.requireNonNullElse(e.managerEmail(), "").equals(row.managerEmail());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
