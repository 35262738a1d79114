package org.reciprocity.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The directory's answer to {@link Workplaces}: one statement for any number of employees. */
@Component
class DirectoryWorkplaces implements Workplaces {

    private final EmployeeRepository employees;

    DirectoryWorkplaces(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Workplace> of(Collection<Long> employeeIds) {
        var workplaces = new HashMap<Long, Workplace>();
        if (!employeeIds.isEmpty()) {
            employees.workplacesOf(employeeIds).forEach(row ->
                    workplaces.put((Long) row[0], new Workplace((Long) row[1], (Long) row[2])));
        }
        return workplaces;
    }
}
