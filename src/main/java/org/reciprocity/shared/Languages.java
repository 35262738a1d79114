package org.reciprocity.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages the portal speaks. The first is the fallback. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale UKRAINIAN = Locale.of("uk");
    public static final Locale RUSSIAN = Locale.of("ru");

    public static final List<Locale> SUPPORTED = List.of(ENGLISH, UKRAINIAN, RUSSIAN);

    /** Languages written right to left: none of ours yet, but a page's {@code dir} follows its {@code lang}. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi");

    private Languages() {
    }

    /** The supported locale with the same language, or English. */
    public static Locale closest(Locale wanted) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** The language's name in that language, so that a reader finds their own. */
    public static String nativeName(Locale locale) {
        var name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The value of a page's {@code lang} attribute (BCP 47): "uk", "ru", "en". */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }

    /** The value of a page's {@code dir} attribute: "ltr" or "rtl". */
    public static String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
