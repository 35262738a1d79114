package org.reciprocity.culture;

import java.util.Locale;
import java.util.Map;
import org.reciprocity.shared.Shown;

/**
 * A service value as people read it, in every language it was written in; the default language always has one.
 * Cards carry all of them, so that one card serves readers of every language (a live entry reaches them all).
 *
 * @param texts by language ({@link org.reciprocity.shared.Languages#SUPPORTED})
 */
public record ServiceValue(long id, Map<Locale, ValueText> texts) {

    public ServiceValue {
        texts = Map.copyOf(texts);
    }

    /** The value as this reader sees it: in their language, or the default language's words, marked. */
    public Shown<ValueText> in(Locale reader) {
        return Shown.pick(texts, reader, Vision.DEFAULT_LANGUAGE);
    }

    /** The value's name as this reader sees it. */
    public String name(Locale reader) {
        return in(reader).text().name();
    }

    /** The value unchanged, as an editor would send it back. */
    public ValueDraft draft() {
        return ValueDraft.of(id, texts);
    }
}
