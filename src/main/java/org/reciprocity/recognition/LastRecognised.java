package org.reciprocity.recognition;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each person was last recognised (any entry, public or private), for trusted code that runs for nobody in
 * particular: a manager's digest naming who on their team has gone unseen. Views ask {@link RecognitionService}.
 */
public interface LastRecognised {

    /** The newest entry naming each employee; employees never recognised are left out. One statement. */
    Map<Long, Instant> of(Collection<Long> employeeIds);
}
