package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The three languages stay complete: the same keys in every bundle, no empty texts, every text a valid
 * MessageFormat pattern, and every key the code names literally exists.
 */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "getTranslation\\(\"([a-zA-Z][\\w.-]*)\"|title = \"([a-zA-Z][\\w.-]*)\"|\"\\{([a-zA-Z][\\w.-]*)}\"");

    @ParameterizedTest(name = "translations_{0} has exactly the English keys")
    @ValueSource(strings = {"uk", "ru"})
    void everyLanguageHasTheSameKeys(String language) throws IOException {
        var english = load("translations.properties").stringPropertyNames();
        var other = load("translations_" + language + ".properties").stringPropertyNames();
        assertThat(new TreeSet<>(other)).as("keys of " + language).containsExactlyElementsOf(new TreeSet<>(english));
    }

    @ParameterizedTest(name = "{0}: no empty text, every text a valid pattern")
    @ValueSource(strings = {"translations.properties", "translations_uk.properties", "translations_ru.properties"})
    void noTextIsEmptyOrBroken(String file) throws IOException {
        var bundle = load(file);
        var problems = new ArrayList<String>();
        for (var key : bundle.stringPropertyNames()) {
            var text = bundle.getProperty(key);
            if (text.isBlank()) {
                problems.add(key + " is empty");
                continue;
            }
            try {
                // As the provider does: a lone apostrophe is text, not MessageFormat quoting.
                new MessageFormat(text.replace("'", "''"));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        var keys = load("translations.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    for (int group = 1; group <= 3; group++) {
                        var key = matcher.group(group);
                        if (key != null && key.contains(".") && !keys.contains(key)) {
                            missing.add(key + " (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void eachKeyIsDefinedOnce() throws IOException {
        for (var file : new String[] {"translations.properties", "translations_uk.properties", "translations_ru.properties"}) {
            var seen = new TreeSet<String>();
            var twice = new TreeSet<String>();
            for (var line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                var key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + file).isEmpty();
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
