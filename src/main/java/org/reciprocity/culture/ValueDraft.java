package org.reciprocity.culture;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.Languages;

/**
 * A value as the editor wrote it, one wording per language; {@code id} is set for a value that already exists.
 */
public record ValueDraft(@Nullable Long id, List<@Valid ValueWording> wordings) {

    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 1000;

    public ValueDraft {
        wordings = List.copyOf(wordings);
    }

    /** A value with these wordings, in the order of {@link Languages#SUPPORTED}; a missing language is empty. */
    public static ValueDraft of(@Nullable Long id, Map<Locale, ValueText> texts) {
        return new ValueDraft(id, Languages.SUPPORTED.stream().map(language -> {
            var text = texts.get(language);
            return new ValueWording(language, text == null ? "" : text.name(), text == null ? "" : text.description());
        }).toList());
    }

    /** A value written in the default language only. */
    public static ValueDraft of(@Nullable Long id, String name, String description) {
        return of(id, Map.of(Vision.DEFAULT_LANGUAGE, new ValueText(name, description)));
    }
}
