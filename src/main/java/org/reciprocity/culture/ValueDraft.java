package org.reciprocity.culture;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A value as the editor wrote it; {@code id} is set for a value that already exists. */
public record ValueDraft(
        @Nullable Long id,
        @NotBlank(message = "{vision.value.name.required}") @Size(max = 80, message = "{vision.value.name.length}") String name,
        @NotBlank(message = "{vision.value.description.required}") @Size(max = 1000, message = "{vision.value.description.length}") String description) {
}
