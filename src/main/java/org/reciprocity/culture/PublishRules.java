package org.reciprocity.culture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a publishable vision needs beyond each text's own length and characters (Bean Validation): the default
 * language's vision and every value's name and description in it; in another language a value is either left out
 * or has both; no two values share a name in one language. Each refusal names its field, as the editor does.
 */
final class PublishRules {

    private PublishRules() {
    }

    static void check(PublishVision command) {
        var statements = command.statements();
        var index = 0;
        while (index < statements.size() && !statements.get(index).language().equals(Vision.DEFAULT_LANGUAGE)) {
            index++;
        }
        if (index == statements.size() || statements.get(index).text().isEmpty()) {
            throw new CultureException("statements[" + index + "].text", "vision.statement.required");
        }
        var names = new HashMap<Locale, Set<String>>();
        for (int i = 0; i < command.values().size(); i++) {
            var wordings = command.values().get(i).wordings();
            var hasDefault = false;
            for (int j = 0; j < wordings.size(); j++) {
                var wording = wordings.get(j);
                var field = "values[" + i + "].wordings[" + j + "].";
                var isDefault = wording.language().equals(Vision.DEFAULT_LANGUAGE);
                hasDefault |= isDefault;
                if (wording.isEmpty() && !isDefault) {
                    continue;
                }
                if (wording.name().isEmpty()) {
                    throw new CultureException(field + "name", "vision.value.name.required");
                }
                if (wording.description().isEmpty()) {
                    throw new CultureException(field + "description", "vision.value.description.required");
                }
                if (!names.computeIfAbsent(wording.language(), l -> new HashSet<>())
                        .add(wording.name().toLowerCase(wording.language()))) {
                    throw new CultureException(field + "name", "vision.value.name.duplicate");
                }
            }
            if (!hasDefault) {
                throw new CultureException("values[" + i + "]", "vision.value.name.required");
            }
        }
    }
}
