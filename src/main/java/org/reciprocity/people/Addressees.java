package org.reciprocity.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whom a notification reaches, for trusted code that runs for nobody in particular (a listener, a scheduled job):
 * each employee's name, work e-mail and manager, and a manager's team. Views and application services that act for
 * a person ask {@link Directory}, which checks who asks; {@code NoRoleTakingTest} keeps this out of views.
 */
public interface Addressees {

    /** Each known employee by id; unknown ids are left out. One statement for any number. */
    Map<Long, Addressee> of(Collection<Long> employeeIds);

    /** The ids of the people who report directly to {@code managerId}. */
    List<Long> teamOf(long managerId);

    /** @param email the work e-mail, empty when the directory has none */
    record Addressee(long employeeId, String fullName, String email, @Nullable Long managerId) {
    }
}
