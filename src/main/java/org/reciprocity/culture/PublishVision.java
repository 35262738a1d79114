package org.reciprocity.culture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reciprocity.shared.Languages;

/**
 * Publishes a new version of the vision and values, each in every language it is written in (the default
 * language is required). {@code basedOnVersion} is the version the editor started from (0 when none was
 * published): if someone published meanwhile, the service refuses rather than overwrite.
 */
public record PublishVision(
        int basedOnVersion,
        List<@Valid StatementDraft> statements,
        @NotEmpty(message = "{vision.values.required}") @Size(max = MAX_VALUES, message = "{vision.values.tooMany}") List<@Valid ValueDraft> values) {

    public static final int MAX_VALUES = 12;
    public static final int STATEMENT_MAX = 4000;

    public PublishVision {
        statements = List.copyOf(statements);
        values = List.copyOf(values);
    }

    /** The same vision with other values. */
    public PublishVision withValues(List<ValueDraft> values) {
        return new PublishVision(basedOnVersion, statements, values);
    }

    /** The same texts, published over another version (to put back what a newer version changed). */
    public PublishVision withBasedOn(int version) {
        return new PublishVision(version, statements, values);
    }

    /** The vision in these languages, in the order of {@link Languages#SUPPORTED}; a missing one is empty. */
    public static PublishVision of(int basedOnVersion, Map<Locale, String> statements, List<ValueDraft> values) {
        return new PublishVision(basedOnVersion, Languages.SUPPORTED.stream()
                .map(language -> new StatementDraft(language, statements.getOrDefault(language, ""))).toList(), values);
    }

    /** The vision written in the default language only. */
    public static PublishVision of(int basedOnVersion, String statement, List<ValueDraft> values) {
        return of(basedOnVersion, Map.of(Vision.DEFAULT_LANGUAGE, statement), values);
    }
}
