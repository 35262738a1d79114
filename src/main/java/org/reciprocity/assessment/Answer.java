package org.reciprocity.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The answer to one question: a score 1–5 (empty in a draft) and a reflection. */
public record Answer(
        @Nullable @Min(value = 1, message = "{assessment.score.range}") @Max(value = 5, message = "{assessment.score.range}") Integer score,
        @NotNull @Size(max = Answer.REFLECTION_MAX, message = "{assessment.reflection.length}") String reflection) {

    public static final int REFLECTION_MAX = 2000;

    public static Answer empty() {
        return new Answer(null, "");
    }
}
