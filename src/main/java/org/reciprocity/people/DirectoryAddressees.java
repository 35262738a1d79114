package org.reciprocity.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The directory's answer to {@link Addressees}. */
@Component
class DirectoryAddressees implements Addressees {

    private final EmployeeRepository employees;

    DirectoryAddressees(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Addressee> of(Collection<Long> employeeIds) {
        var found = new HashMap<Long, Addressee>();
        if (!employeeIds.isEmpty()) {
            employees.addresseesOf(employeeIds).forEach(row -> found.put((Long) row[0],
                    new Addressee((Long) row[0], (String) row[1], (String) row[2], (Long) row[3])));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> teamOf(long managerId) {
        return employees.idsReportingTo(managerId);
    }
}
