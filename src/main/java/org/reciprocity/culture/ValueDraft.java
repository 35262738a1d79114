package org.reciprocity.culture;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/** A value as the editor wrote it, normalised ({@link Text}); {@code id} is set for a value that already exists. */
public record ValueDraft(
        @Nullable Long id,
        @PlainText(max = NAME_MAX, required = "{vision.value.name.required}", message = "{vision.value.name.length}")
        String name,
        @PlainText(max = DESCRIPTION_MAX, multiline = true, required = "{vision.value.description.required}",
                message = "{vision.value.description.length}") String description) {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 1000;

    public ValueDraft {
        name = Text.line(name);
        description = Text.lines(description);
    }
}
