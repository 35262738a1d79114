package org.reciprocity.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one spelling of a username: what sign-in looks up and the throttle counts under. */
final class Usernames {

    private static final Pattern VALID = Pattern.compile(NewAccount.USERNAME_PATTERN);
    /** The pattern allows 40; a little slack for surrounding spaces before anything is copied or scanned. */
    private static final int LONGEST_TYPED = 64;

    private Usernames() {
    }

    /**
     * The canonical form of what someone typed, or empty when no account can have that name: then there is
     * nothing to look up and nothing to remember, however long or strange the input.
     */
    static Optional<String> canonical(String typed) {
        if (typed.length() > LONGEST_TYPED) {
            return Optional.empty();
        }
        var normalised = typed.strip().toLowerCase(Locale.ROOT);
        return VALID.matcher(normalised).matches() ? Optional.of(normalised) : Optional.empty();
    }
}
