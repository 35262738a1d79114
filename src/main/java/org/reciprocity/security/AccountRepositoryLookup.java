package org.reciprocity.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reciprocity.shared.Languages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AccountLookup} from the accounts table: one statement each. */
@Component
class AccountRepositoryLookup implements AccountLookup {

    private final AccountRepository accounts;

    AccountRepositoryLookup(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> employeesWithRole(Role role) {
        return new HashSet<>(accounts.employeeIdsWithRole(role));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Locale> languagesOf(Collection<Long> employeeIds) {
        var languages = new HashMap<Long, Locale>();
        if (!employeeIds.isEmpty()) {
            accounts.languagesOf(employeeIds).forEach(row -> languages.put((Long) row[0],
                    row[1] == null ? Languages.ENGLISH : Languages.closest(Locale.of((String) row[1]))));
        }
        return languages;
    }
}
