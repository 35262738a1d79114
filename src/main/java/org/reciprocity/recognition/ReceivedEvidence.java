package org.reciprocity.recognition;

import java.time.Instant;
import java.util.Collection;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the managers' self-assessment: how many recognitions the team received in a period. Private ones count
 * too, as a number only — no names, no stories leave this module.
 */
@Component
class ReceivedEvidence implements TeamEvidence {

    private final RecognitionQueries queries;

    ReceivedEvidence(RecognitionQueries queries) {
        this.queries = queries;
    }

    @Override
    public String labelKey() {
        return "recognition.evidence.received";
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Collection<Long> employeeIds, Instant from, Instant to) {
        return queries.countReceived(employeeIds, from, to);
    }
}
