package org.reciprocity.culture;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.Shown;

/**
 * The current service vision and values, as published in {@code version}.
 *
 * @param statements the vision by language; the default language always has one
 */
public record Vision(int version, Map<Locale, String> statements, Instant publishedAt, String publishedBy,
                     List<ServiceValue> values) {

    /**
     * The language every text is written in first, and shown where a reader's language has none. The portal has
     * no company setting for it yet: English.
     */
    public static final Locale DEFAULT_LANGUAGE = Languages.ENGLISH;

    public Vision {
        statements = Map.copyOf(statements);
        values = List.copyOf(values);
    }

    /** The vision as this reader sees it: in their language, or the default language's, marked. */
    public Shown<String> statement(Locale reader) {
        return Shown.pick(statements, reader, DEFAULT_LANGUAGE);
    }

    /** The vision and values unchanged, as the editor would publish them again. */
    public PublishVision republish() {
        return PublishVision.of(version, statements, values.stream().map(ServiceValue::draft).toList());
    }
}
