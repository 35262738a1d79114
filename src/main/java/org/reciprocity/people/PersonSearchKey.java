package org.reciprocity.people;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling-blind form of a person's name that every people search compares: "Анна Коваленко",
 * "Anna Kovalenko" and "ANNA KOWALENKO" share a key, and so do Ukrainian and Russian spellings of one name and the
 * usual ways of writing them in Latin letters ("Юлія", "Yuliia", "Julia"; "Ольга", "Olha", "Olga"; "Шевченко",
 * "Shevchenko", "Ševčenko"). The directory stores it for each employee and searches it with the key of what was
 * typed, so both sides are always made by this same function.
 *
 * <p>First ICU turns any script into plain lower-case Latin letters (Ukrainian letters by the BGN/PCGN
 * romanisation, then Russian ones, then any other script; accents folded), then a coarse phonetic folding makes
 * the spellings meet: digraphs become one letter (sh, ch, zh, kh, ts), h and g are one sound (Ukrainian "г" is
 * "h", Russian "г" is "g", and "х" is "kh" or "h"), y, j and i are one, an i before e is dropped (ye, ie, є),
 * doubled letters count once, apostrophes and soft signs are dropped. Words keep one space between them. The
 * folding errs on finding more: a search lists a few extra people rather than miss the one meant.
 */
public final class PersonSearchKey {

    /** No key is longer: the name column's 160 characters, with room for letters that become two. */
    public static final int MAX_LENGTH = 320;

    private static final String TO_LATIN =
            "NFKC; Ukrainian-Latin/BGN; Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";

    /** Each instance for one thread at a time: ICU does not promise that a transliterator may be shared. */
    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TO_LATIN));

    /** Longest first: "shch" before "sh", "kh" before "h" becomes "g". */
    private static final String[][] FOLDS = {
            {"shch", "s"}, {"sch", "s"}, {"sh", "s"}, {"zh", "z"}, {"ch", "c"}, {"kh", "h"}, {"ts", "c"},
            {"tz", "c"}, {"ph", "f"}, {"ck", "k"}, {"x", "ks"}, {"q", "k"}, {"w", "v"}, {"j", "i"}, {"y", "i"},
            {"h", "g"}, {"ie", "e"}};

    private static final Pattern REPEATS = Pattern.compile("([a-z])\\1+");

    private PersonSearchKey() {
    }

    /** The key of a name or of what someone typed to find one; empty when nothing in it is a letter or digit. */
    public static String of(String text) {
        var bounded = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        var latin = lettersAndSpaces(LATIN.get().transliterate(bounded));
        for (var fold : FOLDS) {
            latin = latin.replace(fold[0], fold[1]);
        }
        var key = REPEATS.matcher(latin).replaceAll("$1");
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH).strip() : key;
    }

    /**
     * Whether a name is found by what was typed, for the few short lists that are filtered in memory: like the
     * directory's query, by the name as written (so "Myk" finds "Mykhailo" before the "kh" is typed) or by key.
     */
    public static boolean matches(String name, String typed) {
        var text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || name.toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        var key = of(typed);
        return !key.isEmpty() && of(name).contains(key);
    }

    /** ASCII letters and digits; any run of other characters one space, apostrophes and soft signs nothing. */
    private static String lettersAndSpaces(String latin) {
        var out = new StringBuilder(latin.length());
        boolean gap = false;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else if (!isApostrophe(c)) {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Apostrophes inside a word (Ukrainian "об'єднаний") and the primes ICU writes for soft and hard signs. */
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == 'ʹ' || c == 'ʺ' || c == '"' || c == '′'
                || c == '″' || c == 'ь' || c == 'ъ' || c == 'Ь' || c == 'Ъ';
    }
}
