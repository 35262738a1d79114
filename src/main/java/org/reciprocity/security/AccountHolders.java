package org.reciprocity.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * The people who can hold an account. Implemented by the directory, so that security does not depend on it.
 */
public interface AccountHolders {

    /** Names of the given employees, by id; unknown ids are left out. */
    Map<Long, String> namesOf(Collection<Long> employeeIds);

    /** Employees whose name or e-mail contains the text, at most {@code limit}. */
    List<AccountHolder> find(String text, int limit);

    /** A page of the employees whose name or e-mail contains the text, by name: for the admin's pick list. */
    List<AccountHolder> find(String text, Pageable pageable);

    /** The employee with exactly this e-mail address (lower case, as the directory keeps them), if any. */
    Optional<AccountHolder> withEmail(String email);

    record AccountHolder(long employeeId, String name, String email) {
    }
}
