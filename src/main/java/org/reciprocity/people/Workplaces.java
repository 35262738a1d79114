package org.reciprocity.people;

import java.util.Collection;
import java.util.Map;

/**
 * Where employees work now, for a feature's trusted code that runs for nobody in particular: a listener's entry
 * point recording what another feature decided, also when the event publication registry publishes the event again
 * after a restart and nobody is signed in. Ids only — no names, no contact details. Code that acts for a person
 * (views, application services) asks {@link Directory}, which checks who asks.
 */
public interface Workplaces {

    /** The department and location of each known employee, by employee id; unknown ids are left out. */
    Map<Long, Workplace> of(Collection<Long> employeeIds);

    record Workplace(long departmentId, long locationId) {
    }
}
