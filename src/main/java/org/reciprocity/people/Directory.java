package org.reciprocity.people;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The people directory: everyone signed in looks colleagues up; admin and HR keep it. */
@Service
@Validated
public class Directory {

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final LocationRepository locations;

    Directory(EmployeeRepository employees, DepartmentRepository departments, LocationRepository locations) {
        this.employees = employees;
        this.departments = departments;
        this.locations = locations;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmployeeSummary> search(EmployeeFilter filter, Pageable pageable) {
        return employees.matching(filter.text(), filter.departmentId(), filter.locationId(),
                withDefaultSort(pageable));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(EmployeeFilter filter) {
        return employees.countMatching(filter.text(), filter.departmentId(), filter.locationId());
    }

    /**
     * Everyone but the given people, by name: for "who has not done X yet" lists. The exclusion travels as a
     * query parameter, which suits companies of up to some tens of thousands of people.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmployeeSummary> searchExcluding(Set<Long> excluded, Pageable pageable) {
        return excluded.isEmpty() ? search(EmployeeFilter.ALL, pageable)
                : employees.searchExcluding(excluded, withDefaultSort(pageable));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countExcluding(Set<Long> excluded) {
        return excluded.isEmpty() ? count(EmployeeFilter.ALL) : employees.countExcluding(excluded);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EmployeeDetails> find(long id) {
        return employees.findWithRelations(id).map(Directory::details);
    }

    /** Employees whose name or e-mail contains the text, for pick lists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmployeeRef> pick(String text, Pageable pageable) {
        return search(new EmployeeFilter(text, null, null), pageable).stream()
                .map(e -> new EmployeeRef(e.id(), e.fullName(), e.jobTitle()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DepartmentRef> departments() {
        return departments.findAll(Sort.by("name")).stream().map(Directory::ref).toList();
    }

    /** Locations are public: their names and codes are printed on the QR codes at the counters. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<LocationRef> locations() {
        return locations.findAll(Sort.by("name")).stream().map(Directory::ref).toList();
    }

    /**
     * Every location's name by id, for read models that show where something happened: locations are few (shops and
     * offices), so one small query instead of a join into this module's tables.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, String> locationNames() {
        return locations.findAll().stream().map(Directory::ref)
                .collect(Collectors.toMap(LocationRef::id, LocationRef::name));
    }

    /** The location a QR code names, for the public "tell us" form. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LocationRef> locationByCode(String code) {
        return locations.findByCode(code).map(Directory::ref);
    }

    /** Several employees at once (unknown ids are left out), for read models that name people without N+1. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmployeeDetails> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : employees.findAllWithRelations(ids).stream().map(Directory::details).toList();
    }

    /** The people who report directly to a manager, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EmployeeRef> team(long managerId) {
        return employees.findByManagerIdOrderByFullNameAsc(managerId).stream()
                .map(e -> new EmployeeRef(e.getId(), e.getFullName(), e.getJobTitle())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    @Transactional
    public EmployeeDetails save(@Valid EmployeeForm form) {
        var email = form.email();
        var clash = form.id() == null ? employees.existsByEmail(email) : employees.existsByEmailAndIdNot(email, form.id());
        if (clash) {
            throw new PeopleException("email", "people.email.taken");
        }
        var department = departments.findById(form.departmentId())
                .orElseThrow(() -> new PeopleException("department", "people.department.required"));
        var location = locations.findById(form.locationId())
                .orElseThrow(() -> new PeopleException("location", "people.location.required"));
        var manager = form.managerId() == null ? null : employees.findById(form.managerId())
                .orElseThrow(() -> new PeopleException("manager", "people.manager.unknown"));
        Employee employee;
        if (form.id() == null) {
            employee = new Employee(form.fullName(), form.jobTitle(), email, department, location, null);
        } else {
            employee = employees.findById(form.id()).orElseThrow();
            if (employee.getVersion() != form.version()) {
                throw new OptimisticLockingFailureException("Employee " + form.id() + " changed meanwhile");
            }
            employee.update(form.fullName(), form.jobTitle(), email, department, location,
                    employee.getManager());
        }
        if (manager != null && managesThemselves(employee, manager)) {
            throw new PeopleException("manager", "people.manager.cycle");
        }
        employee.setManager(manager);
        var saved = employees.saveAndFlush(employee);
        return details(saved);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    @Transactional
    public DepartmentRef save(@Valid DepartmentForm form) {
        var name = form.name();
        departments.findByNameIgnoreCase(name).filter(d -> !d.getId().equals(form.id())).ifPresent(d -> {
            throw new PeopleException("name", "people.name.taken");
        });
        Department department;
        if (form.id() == null) {
            department = new Department(name);
        } else {
            department = departments.findById(form.id()).orElseThrow();
            checkVersion(department.getVersion(), form.version());
            department.rename(name);
        }
        return ref(departments.saveAndFlush(department));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
    @Transactional
    public LocationRef save(@Valid LocationForm form) {
        var name = form.name();
        locations.findByCode(form.code()).filter(l -> !l.getId().equals(form.id())).ifPresent(l -> {
            throw new PeopleException("code", "people.location.code.taken");
        });
        locations.findByNameIgnoreCase(name).filter(l -> !l.getId().equals(form.id())).ifPresent(l -> {
            throw new PeopleException("name", "people.name.taken");
        });
        var address = form.address();
        Location location;
        if (form.id() == null) {
            location = new Location(form.code(), name, address);
        } else {
            location = locations.findById(form.id()).orElseThrow();
            checkVersion(location.getVersion(), form.version());
            location.update(form.code(), name, address);
        }
        return ref(locations.saveAndFlush(location));
    }

    private static boolean managesThemselves(Employee employee, Employee manager) {
        var seen = new HashSet<Long>();
        for (@Nullable Employee m = manager; m != null; m = m.getManager()) {
            if (m == employee || (employee.getId() != null && employee.getId().equals(m.getId())) || !seen.add(m.getId())) {
                return true;
            }
        }
        return false;
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockingFailureException("Changed meanwhile");
        }
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName", "id"));
    }

    static EmployeeDetails details(Employee e) {
        var m = e.getManager();
        return new EmployeeDetails(e.getId(), e.getVersion(), e.getFullName(), e.getJobTitle(), e.getEmail(),
                ref(e.getDepartment()), ref(e.getLocation()),
                m == null ? null : new EmployeeRef(m.getId(), m.getFullName(), m.getJobTitle()));
    }

    static DepartmentRef ref(Department d) {
        return new DepartmentRef(d.getId(), d.getVersion(), d.getName());
    }

    static LocationRef ref(Location l) {
        return new LocationRef(l.getId(), l.getVersion(), l.getCode(), l.getName(), l.getAddress());
    }
}
