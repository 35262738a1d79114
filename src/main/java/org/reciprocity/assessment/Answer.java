package org.reciprocity.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/** The answer to one question: a score 1–5 (empty in a draft) and a reflection (normalised: {@link Text}). */
public record Answer(
        @Nullable @Min(value = 1, message = "{assessment.score.range}") @Max(value = 5, message = "{assessment.score.range}") Integer score,
        @NotNull @PlainText(max = Answer.REFLECTION_MAX, multiline = true, message = "{assessment.reflection.length}")
        String reflection) {

    public static final int REFLECTION_MAX = 2000;

    public Answer {
        reflection = Text.lines(reflection);
    }

    public static Answer empty() {
        return new Answer(null, "");
    }
}
