package org.reciprocity.shared;

import java.time.Instant;
import java.util.Collection;

/**
 * A count of something that happened to a group of employees in a time span — recognitions received, customer
 * praise, incidents of staff mistreated. Features that know such facts declare a bean; the managers'
 * self-assessment shows every series it finds beside the scores, without depending on those features.
 */
public interface TeamEvidence {

    /** Translation key naming the series, e.g. {@code recognition.evidence.received}. */
    String labelKey();

    /** How many happened to these employees from (inclusive) to (exclusive). */
    long count(Collection<Long> employeeIds, Instant from, Instant to);
}
