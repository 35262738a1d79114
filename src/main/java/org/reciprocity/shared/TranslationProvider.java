package org.reciprocity.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads {@code vaadin-i18n/translations*.properties}. Unlike the default provider it never falls back to the
 * JVM's locale (a Russian server must still answer an English browser in English), and it says which
 * languages exist so that Vaadin picks the browser's language on the first visit.
 */
@Component
class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = Languages.closest(locale);
        try {
            var bundle = ResourceBundle.getBundle(BUNDLE, language.equals(Languages.ENGLISH) ? Locale.ROOT : language,
                    NO_FALLBACK);
            var pattern = bundle.getString(key);
            // Apostrophes are text here (Ukrainian needs them), never MessageFormat quoting.
            return params.length == 0 ? pattern
                    : new MessageFormat(pattern.replace("'", "''"), language).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key;
        }
    }
}
