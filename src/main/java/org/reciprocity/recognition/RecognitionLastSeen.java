package org.reciprocity.recognition;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LastRecognised} in one GROUP BY statement over the recipients' index, whatever the number asked for. */
@Component
class RecognitionLastSeen implements LastRecognised {

    private final RecognitionRepository recognitions;

    RecognitionLastSeen(RecognitionRepository recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> of(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return recognitions.lastRecognised(employeeIds).stream()
                .collect(Collectors.toMap(RecognitionRepository.LastSeen::employeeId,
                        RecognitionRepository.LastSeen::at));
    }
}
