package org.reciprocity.people;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

public record DepartmentForm(@Nullable Long id, long version,
                             @PlainText(max = NAME_MAX, required = "{people.name.required}",
                                     message = "{people.name.length}") String name) {

    public static final int NAME_MAX = 120;

    public DepartmentForm {
        name = Text.line(name);
    }
}
