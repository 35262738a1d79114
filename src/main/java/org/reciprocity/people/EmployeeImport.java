package org.reciprocity.people;

import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DirectorySnapshot.KnownDepartment;
import org.reciprocity.people.DirectorySnapshot.KnownEmployee;
import org.reciprocity.people.DirectorySnapshot.KnownLocation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from a CSV file: first a preview of what each row would do, then the import of the valid
 * rows in one transaction. {@link ImportPlanner} decides what each row does; this service reads the directory
 * the file refers to and stores the plan.
 */
@Service
public class EmployeeImport {

    /** Files larger than this are refused before they are read. */
    public static final int MAX_BYTES = EmployeeCsv.MAX_BYTES;
    /** More rows than this are refused: split the file. */
    public static final int MAX_ROWS = EmployeeCsv.MAX_ROWS;

    private static final int LOOKUP_CHUNK = 1000;

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final ImportPlanner planner;

    EmployeeImport(EmployeeRepository employees, DepartmentRepository departments, LocationRepository locations,
                   Validator validator) {
        this.employees = employees;
        this.departments = departments;
        this.locations = locations;
        this.planner = new ImportPlanner(validator);
    }

    /** What importing the file would do; stores nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        return plan(csv).plan().preview();
    }

    /**
     * Imports the valid rows of the file, as the preview showed them (the file is checked again against the
     * directory as it is now): first every person, then their managers.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importValid(byte[] csv) {
        var planned = plan(csv);
        var plan = planned.plan();
        var created = new HashMap<String, Department>();
        plan.newDepartments().forEach(name -> created.put(name, departments.save(new Department(name))));
        var byEmail = new HashMap<>(planned.people());
        for (var change : plan.changes()) {
            var row = change.row();
            var department = change.departmentId() != null ? departments.getReferenceById(change.departmentId())
                    : Objects.requireNonNull(created.get(change.newDepartment()));
            var location = locations.getReferenceById(change.locationId());
            if (row.status() == ImportStatus.NEW) {
                // a manager already known (in the directory or earlier in the file) is set right away: one insert
                byEmail.put(row.email(), employees.save(new Employee(row.fullName(), row.jobTitle(), row.email(),
                        department, location, managerOf(row, byEmail))));
            } else {
                var existing = Objects.requireNonNull(byEmail.get(row.email()));
                existing.update(row.fullName(), row.jobTitle(), row.email(), department, location,
                        existing.getManager());
            }
        }
        for (var change : plan.changes()) {
            var row = change.row();
            Objects.requireNonNull(byEmail.get(row.email())).setManager(managerOf(row, byEmail));
        }
        employees.flush();
        return new ImportResult((int) plan.count(ImportStatus.NEW), (int) plan.count(ImportStatus.UPDATE),
                (int) plan.count(ImportStatus.UNCHANGED), (int) plan.count(ImportStatus.REJECTED), created.size());
    }

    private static @Nullable Employee managerOf(ImportRow row, Map<String, Employee> byEmail) {
        return row.managerEmail().isEmpty() ? null : byEmail.get(row.managerEmail());
    }

    /** A plan, with the people of its snapshot as entities, to store it with. */
    private record Planned(ImportPlan plan, Map<String, Employee> people) {
    }

    private Planned plan(byte[] csv) {
        var rows = EmployeeCsv.read(EmployeeCsv.decode(csv));
        var people = namedWithTheirManagers(ImportPlanner.emailsNamed(rows));
        var snapshot = new DirectorySnapshot(
                departments.findAll().stream().map(d -> new KnownDepartment(id(d.getId()), d.getName())).toList(),
                locations.findAll().stream().map(l -> new KnownLocation(id(l.getId()), l.getCode(), l.getName()))
                        .toList(),
                people.values().stream().map(EmployeeImport::known).toList());
        return new Planned(planner.plan(rows, snapshot), people);
    }

    /**
     * The people with these e-mails and everyone above them, a level of the hierarchy per round of queries: the
     * planner follows reporting lines up to see a cycle the file would close.
     */
    private Map<String, Employee> namedWithTheirManagers(Set<String> emails) {
        var found = new HashMap<String, Employee>();
        var asked = new HashSet<String>();
        var wanted = List.copyOf(emails);
        while (!wanted.isEmpty()) {
            asked.addAll(wanted);
            for (int from = 0; from < wanted.size(); from += LOOKUP_CHUNK) { // keeps each parameter list short
                employees.findByEmailIn(wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_CHUNK)))
                        .forEach(e -> found.put(e.getEmail(), e));
            }
            wanted = found.values().stream().map(Employee::getManager).filter(Objects::nonNull)
                    .map(Employee::getEmail).filter(email -> !asked.contains(email)).distinct().toList();
        }
        return found;
    }

    private static KnownEmployee known(Employee e) {
        var manager = e.getManager();
        return new KnownEmployee(e.getEmail(), e.getFullName(), e.getJobTitle(), id(e.getDepartment().getId()),
                id(e.getLocation().getId()), manager == null ? null : manager.getEmail());
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id, "a stored entity has an id");
    }
}
