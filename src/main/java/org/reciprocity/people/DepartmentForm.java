package org.reciprocity.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record DepartmentForm(@Nullable Long id, long version,
                             @NotBlank(message = "{people.name.required}") @Size(max = 120, message = "{people.name.length}") String name) {
}
