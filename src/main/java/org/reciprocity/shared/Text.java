package org.reciprocity.shared;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that people type and the portal stores: first normalised, then judged, then stored as
 * normalised. {@link PlainText} applies it to command records and service parameters.
 * <ul>
 *   <li><b>Normalised</b>: Unicode NFC; every kind of space, line break and zero-width character is stripped from
 *   both ends; a single line has each inner run of spaces (tabs, no-break and em spaces, line breaks) made one
 *   space; several lines keep their breaks, as {@code \n}, with at most one empty line in a row.</li>
 *   <li><b>Refused</b> ({@link #storable}): control characters (NUL among them; PostgreSQL cannot store it) other
 *   than a line's tab or break, lone surrogates, non-characters, and the bidirectional overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069) that make text read differently from how it is stored.</li>
 *   <li><b>Counted</b> ({@link #visibleLength}): what a reader sees: code points, not UTF-16 units; invisible
 *   formatting (zero-width spaces and joiners) and combining marks do not count, a run of spaces counts once.</li>
 * </ul>
 * Why: {@code "a"} and thirty em spaces used to pass a 20-character minimum and be stored as {@code "a"}; a name of
 * no-break spaces was accepted; a NUL was stored as typed.
 */
public final class Text {

    private Text() {
    }

    /** A single line (a name, a title, a subject): ends stripped, inner runs of spaces made one space. */
    public static String line(String typed) {
        var text = trimmed(Normalizer.normalize(typed, Normalizer.Form.NFC));
        var out = new StringBuilder(text.length());
        var inSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Several lines (a story, a message, a note): ends stripped, every line break made {@code \n}, spaces at the end
     * of a line dropped, and no more than one empty line in a row; spaces inside a line stay as typed.
     */
    public static String lines(String typed) {
        var text = trimmed(Normalizer.normalize(typed, Normalizer.Form.NFC));
        var out = new StringBuilder(text.length());
        var breaks = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // CR LF is one break: the LF comes next
            }
            if (isBreak(cp)) {
                dropTrailingSpaces(out);
                if (++breaks <= 2) {
                    out.append('\n');
                }
                continue;
            }
            if (!isSpace(cp)) {
                breaks = 0; // a line of spaces only is an empty line
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** {@link #line}, or null when nothing is left (or nothing was given): an optional field left empty. */
    public static @Nullable String lineOrNull(@Nullable String typed) {
        var text = typed == null ? "" : line(typed);
        return text.isEmpty() ? null : text;
    }

    /** {@link #lines}, or null when nothing is left (or nothing was given): an optional field left empty. */
    public static @Nullable String linesOrNull(@Nullable String typed) {
        var text = typed == null ? "" : lines(typed);
        return text.isEmpty() ? null : text;
    }

    /**
     * Whether a normalised text holds only characters that can be stored and shown as they read: no control
     * character (other than tab and line break in {@code multiline} text), no lone surrogate, no non-character,
     * no bidirectional override or isolate.
     */
    public static boolean storable(String normalised, boolean multiline) {
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            var type = Character.getType(cp);
            if (type == Character.CONTROL && !(multiline && (cp == '\n' || cp == '\t'))
                    || type == Character.SURROGATE || isBidiControl(cp) || isNonCharacter(cp)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many characters a reader sees: code points, without invisible formatting (zero-width spaces, joiners,
     * direction marks) and combining marks, with each run of spaces and line breaks counted once.
     */
    public static int visibleLength(String text) {
        var count = 0;
        var inSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                if (!inSpace) {
                    count++;
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            var type = Character.getType(cp);
            if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                count++;
            }
        }
        return count;
    }

    /** Spaces of every kind (no-break, em, ideographic, …), tab and the line breaks. */
    static boolean isSpace(int cp) {
        return cp == '\t' || isBreak(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** What is stripped from the ends: spaces, and invisible formatting other than the direction controls. */
    private static boolean isBlankAtEnd(int cp) {
        return isSpace(cp) || Character.getType(cp) == Character.FORMAT && !isBidiControl(cp);
    }

    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String trimmed(String text) {
        int start = 0;
        while (start < text.length()) {
            int cp = text.codePointAt(start);
            if (!isBlankAtEnd(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = text.length();
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!isBlankAtEnd(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return text.substring(start, end);
    }

    private static void dropTrailingSpaces(StringBuilder out) {
        var end = out.length();
        while (end > 0 && out.charAt(end - 1) != '\n' && isSpace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }
}
