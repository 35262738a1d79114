package org.reciprocity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The portal's Ukrainian texts, for browser tests that find controls by their Ukrainian names. */
final class Bundles {

    private static final Properties UK = load("/vaadin-i18n/translations_uk.properties");

    private Bundles() {
    }

    static String uk(String key) {
        var text = UK.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No " + key + " in translations_uk.properties");
        }
        return text;
    }

    private static Properties load(String resource) {
        try (var in = Bundles.class.getResourceAsStream(resource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
