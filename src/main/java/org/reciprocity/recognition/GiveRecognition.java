package org.reciprocity.recognition;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * The signed-in employee recognises colleagues.
 *
 * @param recipientIds       who is recognised (one or more, never the giver)
 * @param valueIds           one to three of the active service values
 * @param story              what they did and what it changed for the customer or the team (normalised: {@link Text})
 * @param visibility         PUBLIC for the board, PRIVATE for the recipients and their managers only
 * @param overLimitConfirmed the giver saw that they are over today's soft limit and wants to give anyway
 */
public record GiveRecognition(
        @NotEmpty(message = "{recognition.give.recipients.required}")
        @Size(max = MAX_RECIPIENTS, message = "{recognition.give.recipients.tooMany}") Set<Long> recipientIds,
        @NotEmpty(message = "{recognition.give.values.required}")
        @Size(min = 1, max = MAX_VALUES, message = "{recognition.give.values.range}") Set<Long> valueIds,
        @PlainText(min = MIN_STORY, max = MAX_STORY, multiline = true, required = "{recognition.give.story.length}",
                message = "{recognition.give.story.length}") String story,
        @NotNull Visibility visibility,
        boolean overLimitConfirmed) {

    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_VALUES = 3;
    public static final int MIN_STORY = 40;
    public static final int MAX_STORY = 2000;

    public GiveRecognition {
        story = Text.lines(story);
    }

    public GiveRecognition confirmingOverLimit() {
        return new GiveRecognition(recipientIds, valueIds, story, visibility, true);
    }
}
