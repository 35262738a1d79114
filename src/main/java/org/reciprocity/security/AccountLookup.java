package org.reciprocity.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts as trusted code that runs for nobody in particular (a listener, a scheduled job) needs them to reach
 * people: who holds a role, and the language each person reads the portal in. Views and application services that
 * act for a person use {@link AccountService}, which checks who asks; {@code NoRoleTakingTest} keeps this out of
 * views.
 */
public interface AccountLookup {

    /** The employees whose enabled account has {@code role}. */
    Set<Long> employeesWithRole(Role role);

    /**
     * The language each employee's enabled account last chose (one of the portal's languages); employees without an
     * enabled account are left out, those who never chose get English.
     */
    Map<Long, Locale> languagesOf(Collection<Long> employeeIds);
}
