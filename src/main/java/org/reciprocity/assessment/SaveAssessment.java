package org.reciprocity.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * What the manager wrote for the current period ({@code period}: the one the form showed; once it has ended the
 * service refuses, so that nothing lands in the wrong period). {@code version} is the version they started from (null when
 * nothing was saved yet): if the assessment changed meanwhile (another tab), the service refuses rather than
 * overwrite. {@code kept} and {@code reviewNote} answer last period's commitment, when there was one.
 */
public record SaveAssessment(
        @NotNull Period period,
        @Nullable Long version,
        @NotNull @Size(min = 3, max = 3) List<@Valid @NotNull Answer> answers,
        @NotNull @PlainText(max = SaveAssessment.COMMITMENT_MAX, multiline = true,
                message = "{assessment.commitment.length}") String commitment,
        @Nullable Kept kept,
        @NotNull @PlainText(max = SaveAssessment.NOTE_MAX, multiline = true,
                message = "{assessment.review.note.length}") String reviewNote) {

    public static final int COMMITMENT_MAX = 1000;
    public static final int NOTE_MAX = 1000;

    /** The texts normalised ({@link Text}): what is judged is what is stored. */
    public SaveAssessment {
        commitment = Text.lines(commitment);
        reviewNote = Text.lines(reviewNote);
    }
}
