package org.reciprocity.people;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.ViolationKeys;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from a CSV file: first a preview of what each row would do, then the import of the valid
 * rows in one transaction. Rows are matched on e-mail, so importing the same file again changes nothing.
 * Unknown departments are created; unknown locations reject the row. Managers may appear later in the file.
 */
@Service
public class EmployeeImport {

    /** Files larger than this are refused before they are read. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** More rows than this are refused: split the file. */
    public static final int MAX_ROWS = 5000;

    private static final int LOOKUP_CHUNK = 1000;

    static final String FULL_NAME = "full_name";
    static final String JOB_TITLE = "job_title";
    static final String EMAIL = "email";
    static final String DEPARTMENT = "department";
    static final String LOCATION = "location";
    static final String MANAGER_EMAIL = "manager_email";
    static final List<String> REQUIRED = List.of(FULL_NAME, JOB_TITLE, EMAIL, DEPARTMENT, LOCATION);

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final Validator validator;

    EmployeeImport(EmployeeRepository employees, DepartmentRepository departments, LocationRepository locations,
                   Validator validator) {
        this.employees = employees;
        this.departments = departments;
        this.locations = locations;
        this.validator = validator;
    }

    /** What importing the file would do; stores nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        var plan = plan(csv);
        return new ImportPreview(plan.rows, plan.newDepartments());
    }

    /**
     * Imports the valid rows of the file, as the preview showed them (the file is checked again against the
     * directory as it is now): first every person, then their managers.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importValid(byte[] csv) {
        var plan = plan(csv);
        var createdDepartments = new HashMap<String, Department>();
        for (var name : plan.newDepartments()) {
            createdDepartments.put(key(name), departments.save(new Department(name)));
        }
        var byEmail = new HashMap<>(plan.existing);
        int created = 0;
        int updated = 0;
        for (var row : plan.rows) {
            if (!row.importable()) {
                continue;
            }
            var department = Optional.ofNullable(plan.departments.get(key(row.department())))
                    .orElseGet(() -> createdDepartments.get(key(row.department())));
            var location = Objects.requireNonNull(plan.locationOf.get(row.line()));
            var existing = byEmail.get(row.email());
            if (row.status() == ImportStatus.NEW || existing == null) {
                // a manager already known (in the directory or earlier in the file) is set right away: one insert
                var manager = row.managerEmail().isEmpty() ? null : byEmail.get(row.managerEmail());
                byEmail.put(row.email(), employees.save(new Employee(row.fullName(), row.jobTitle(), row.email(),
                        Objects.requireNonNull(department), location, manager)));
                created++;
            } else {
                existing.update(row.fullName(), row.jobTitle(), row.email(), Objects.requireNonNull(department),
                        location, existing.getManager());
                updated++;
            }
        }
        for (var row : plan.rows) {
            if (row.importable()) {
                var manager = row.managerEmail().isEmpty() ? null : byEmail.get(row.managerEmail());
                Objects.requireNonNull(byEmail.get(row.email())).setManager(manager);
            }
        }
        employees.flush();
        return new ImportResult(created, updated, (int) plan.count(ImportStatus.UNCHANGED),
                (int) plan.count(ImportStatus.REJECTED), createdDepartments.size());
    }

    /** The rows of the file and what each would do, with what they refer to. */
    private static final class Plan {
        final List<ImportRow> rows = new ArrayList<>();
        final Map<String, Employee> existing = new HashMap<>();
        final Map<String, Department> departments = new HashMap<>();
        final Map<Integer, Location> locationOf = new HashMap<>();

        long count(ImportStatus status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        List<String> newDepartments() {
            var names = new LinkedHashMap<String, String>();
            rows.stream().filter(ImportRow::newDepartment)
                    .forEach(r -> names.putIfAbsent(key(r.department()), r.department()));
            return List.copyOf(names.values());
        }
    }

    /** A reason a row is rejected: the translation key and the value for its {0}. */
    private record Reason(String key, @Nullable String value) {
    }

    private Plan plan(byte[] csv) {
        if (csv.length > MAX_BYTES) {
            throw new ImportException("people.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        var plan = new Plan();
        var rows = read(decode(csv));
        departments.findAll().forEach(d -> plan.departments.put(key(d.getName()), d));
        var locationsByKey = new HashMap<String, Location>();
        locations.findAll().forEach(l -> {
            locationsByKey.put(key(l.getName()), l);
            locationsByKey.put(key(l.getCode()), l);
        });

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
                var location = locationsByKey.get(key(row.location()));
                if (location == null) {
                    reason = new Reason("people.import.location.unknown", row.location());
                } else {
                    plan.locationOf.put(row.line(), location);
                }
            }
            if (reason != null) {
                rows.set(i, row.rejected(reason.key(), reason.value()));
            }
        }

        var emails = new HashSet<String>();
        rows.forEach(r -> {
            emails.add(r.email());
            emails.add(r.managerEmail());
        });
        emails.remove("");
        var all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) { // keeps each query's parameter list short
            employees.findByEmailIn(all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
                    .forEach(e -> plan.existing.put(e.getEmail(), e));
        }

        resolveManagers(rows, plan);

        for (var row : rows) {
            if (row.status() == ImportStatus.REJECTED) {
                plan.rows.add(row);
                continue;
            }
            var department = plan.departments.get(key(row.department()));
            var existing = plan.existing.get(row.email());
            var status = existing == null ? ImportStatus.NEW
                    : same(existing, row, department, plan.locationOf.get(row.line())) ? ImportStatus.UNCHANGED
                    : ImportStatus.UPDATE;
            plan.rows.add(row.withStatus(status, department == null));
        }
        return plan;
    }

    /**
     * Rejects rows whose manager is unknown, rejected, or would close a reporting cycle; repeats until stable,
     * because a rejected row can leave another row without its manager.
     */
    private void resolveManagers(List<ImportRow> rows, Plan plan) {
        var inFile = new HashMap<String, ImportRow>();
        rows.forEach(r -> inFile.putIfAbsent(r.email(), r));
        var changed = true;
        while (changed) {
            var valid = new HashMap<String, ImportRow>();
            rows.stream().filter(r -> r.status() != ImportStatus.REJECTED).forEach(r -> valid.put(r.email(), r));
            var rejections = new HashMap<Integer, Reason>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (row.status() == ImportStatus.REJECTED || row.managerEmail().isEmpty()) {
                    continue;
                }
                var manager = row.managerEmail();
                Reason reason = null;
                if (manager.equals(row.email())) {
                    reason = new Reason("people.import.manager.self", null);
                } else if (!valid.containsKey(manager) && !plan.existing.containsKey(manager)) {
                    var rejectedRow = inFile.get(manager);
                    reason = rejectedRow != null
                            ? new Reason("people.import.manager.rejected", String.valueOf(rejectedRow.line()))
                            : new Reason("people.import.manager.unknown", manager);
                } else if (closesCycle(row, valid, plan)) {
                    reason = new Reason("people.import.manager.cycle", manager);
                }
                if (reason != null) {
                    rejections.put(i, reason);
                }
            }
            // all rows of one pass are judged against the same picture, so both ends of a cycle say "cycle"
            rejections.forEach((i, reason) -> rows.set(i, rows.get(i).rejected(reason.key(), reason.value())));
            changed = !rejections.isEmpty();
        }
    }

    /** Follows the managers up from the row's manager, as they would be after the import. */
    private boolean closesCycle(ImportRow row, Map<String, ImportRow> valid, Plan plan) {
        var seen = new HashSet<String>();
        @Nullable String current = row.managerEmail();
        while (current != null && !current.isEmpty()) {
            if (current.equals(row.email())) {
                return true;
            }
            if (!seen.add(current)) {
                return false; // a cycle above this row, not through it
            }
            current = managerAfterImport(current, valid, plan);
        }
        return false;
    }

    private @Nullable String managerAfterImport(String email, Map<String, ImportRow> valid, Plan plan) {
        var row = valid.get(email);
        if (row != null) {
            return row.managerEmail();
        }
        var employee = plan.existing.get(email);
        if (employee == null) {
            employee = employees.findByEmail(email).orElse(null);
            if (employee == null) {
                return null;
            }
            plan.existing.put(email, employee);
        }
        var manager = employee.getManager();
        return manager == null ? null : manager.getEmail();
    }

    private static boolean same(Employee e, ImportRow row, @Nullable Department department,
                                @Nullable Location location) {
        var manager = e.getManager();
        return e.getFullName().equals(row.fullName())
                && e.getJobTitle().equals(row.jobTitle())
                && department != null && Objects.equals(e.getDepartment().getId(), department.getId())
                && location != null && Objects.equals(e.getLocation().getId(), location.getId())
                && (manager == null ? "" : manager.getEmail()).equals(row.managerEmail());
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

    /** UTF-8, with or without a byte-order mark; anything else is refused rather than garbled. */
    static String decode(byte[] csv) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException("people.import.encoding", null);
        }
    }

    /** The data rows of the file, in order; the header must name the columns. */
    static List<ImportRow> read(String text) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        var lineStarts = lineStarts(text);
        var result = new ArrayList<ImportRow>();
        Map<String, Integer> columns = null;
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                if (result.size() >= MAX_ROWS) {
                    throw new ImportException("people.import.tooManyRows", String.valueOf(MAX_ROWS));
                }
                result.add(new ImportRow(lineOf(text, lineStarts, record.getCharacterPosition()),
                        cell(record, columns, FULL_NAME), cell(record, columns, JOB_TITLE),
                        cell(record, columns, EMAIL).toLowerCase(Locale.ROOT), cell(record, columns, DEPARTMENT),
                        cell(record, columns, LOCATION), cell(record, columns, MANAGER_EMAIL).toLowerCase(Locale.ROOT),
                        ImportStatus.NEW, null, null, false));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException("people.import.malformed", null);
        }
        if (columns == null) {
            throw new ImportException("people.import.empty", null);
        }
        return result;
    }

    /** Spreadsheets set to a Ukrainian or Russian locale save CSV files with semicolons. */
    private static char delimiterOf(String text) {
        var end = text.indexOf('\n');
        var first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> header(CSVRecord record) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'), i);
        }
        var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException("people.import.header", String.join(", ", missing));
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        for (var value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static int[] lineStarts(String text) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line a record starts on, skipping the line breaks the parser passed over before it. */
    private static int lineOf(String text, int[] lineStarts, long position) {
        var pos = (int) position;
        while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
            pos++;
        }
        var index = java.util.Arrays.binarySearch(lineStarts, pos);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
