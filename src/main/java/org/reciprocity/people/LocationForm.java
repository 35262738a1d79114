package org.reciprocity.people;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

public record LocationForm(@Nullable Long id, long version,
                           @Pattern(regexp = CODE_PATTERN, message = "{people.location.code.invalid}") String code,
                           @PlainText(max = DepartmentForm.NAME_MAX, required = "{people.name.required}",
                                   message = "{people.name.length}") String name,
                           @PlainText(max = 255, message = "{people.address.length}") @Nullable String address) {

    public LocationForm {
        code = Text.line(code);
        name = Text.line(name);
        address = Text.lineOrNull(address);
    }

    /** Short, URL-safe: it goes into the QR code link {@code /tell?location=CODE}. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";
}
