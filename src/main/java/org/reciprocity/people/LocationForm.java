package org.reciprocity.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record LocationForm(@Nullable Long id, long version,
                           @Pattern(regexp = CODE_PATTERN, message = "{people.location.code.invalid}") String code,
                           @NotBlank(message = "{people.name.required}") @Size(max = 120, message = "{people.name.length}") String name,
                           @Nullable @Size(max = 255, message = "{people.address.length}") String address) {

    /** Short, URL-safe: it goes into the QR code link {@code /tell?location=CODE}. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";
}
