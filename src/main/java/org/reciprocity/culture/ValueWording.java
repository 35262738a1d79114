package org.reciprocity.culture;

import java.util.Locale;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;

/**
 * A value in one language as the editor wrote it, normalised. Both empty: not translated yet; the default
 * language needs both, and a translation with one needs the other ({@link VisionService#publish}).
 */
public record ValueWording(Locale language,
                           @PlainText(max = ValueDraft.NAME_MAX, message = "{vision.value.name.length}") String name,
                           @PlainText(max = ValueDraft.DESCRIPTION_MAX, multiline = true,
                                   message = "{vision.value.description.length}") String description) {

    public ValueWording {
        name = Text.line(name);
        description = Text.lines(description);
    }

    boolean isEmpty() {
        return name.isEmpty() && description.isEmpty();
    }
}
