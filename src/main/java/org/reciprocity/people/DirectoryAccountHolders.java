package org.reciprocity.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reciprocity.security.AccountHolders;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells security who the directory's people are, without security depending on the directory. */
@Component
class DirectoryAccountHolders implements AccountHolders {

    private final EmployeeRepository employees;

    DirectoryAccountHolders(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> employeeIds) {
        var names = new HashMap<Long, String>();
        if (!employeeIds.isEmpty()) {
            employees.namesOf(employeeIds).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountHolder> find(String text, int limit) {
        return employees.matching(text, null, null,
                        PageRequest.of(0, limit, Sort.by("fullName", "id"))).stream()
                .map(e -> new AccountHolder(e.id(), e.fullName(), e.email()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountHolder> find(String text, Pageable pageable) {
        return employees.matching(text, null, null,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("fullName", "id"))).stream()
                .map(e -> new AccountHolder(e.id(), e.fullName(), e.email()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountHolder> withEmail(String email) {
        return employees.findByEmail(email).map(e -> new AccountHolder(e.getId(), e.getFullName(), e.getEmail()));
    }
}
