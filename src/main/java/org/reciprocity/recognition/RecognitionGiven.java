package org.reciprocity.recognition;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An entry was recorded: by a colleague, from a customer's published praise, or by HR. */
public record RecognitionGiven(long recognitionId, Source source, Visibility visibility, @Nullable Long giverId,
                               List<Long> recipientIds, List<Long> valueIds, Instant createdAt) {

    /** The announcement of an entry just saved; every way of recording one announces it alike. */
    static RecognitionGiven of(Recognition saved) {
        return new RecognitionGiven(saved.getId(), saved.getSource(), saved.getVisibility(), saved.getGiverId(),
                saved.getRecipients().stream().map(Recipient::employeeId).toList(), List.copyOf(saved.getValueIds()),
                saved.getCreatedAt());
    }
}
