package org.reciprocity.shared;

import java.util.Locale;
import java.util.Map;

/**
 * A text written in several languages, as one reader sees it: in their own language if it was written in it,
 * otherwise in the default language, and then {@code fallback} is true so that the page can say so.
 *
 * @param text     what to show
 * @param language the language {@code text} is written in (a page marks it with {@code lang})
 * @param fallback true when the reader's language has no text and another language's is shown
 */
public record Shown<T>(T text, Locale language, boolean fallback) {

    /**
     * The reader's language's text; else the default language's; else the first of {@link Languages#SUPPORTED}
     * that has one.
     *
     * @param texts by language, as in {@link Languages#SUPPORTED}; not empty
     */
    public static <T> Shown<T> pick(Map<Locale, T> texts, Locale reader, Locale defaultLanguage) {
        var own = texts.get(Languages.closest(reader));
        if (own != null) {
            return new Shown<>(own, Languages.closest(reader), false);
        }
        var fallback = texts.get(defaultLanguage);
        if (fallback != null) {
            return new Shown<>(fallback, defaultLanguage, true);
        }
        for (var language : Languages.SUPPORTED) {
            var text = texts.get(language);
            if (text != null) {
                return new Shown<>(text, language, true);
            }
        }
        throw new IllegalArgumentException("No text in any language");
    }
}
