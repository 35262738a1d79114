package org.reciprocity.shared;

import java.util.Locale;

/**
 * What the shell needs from whoever signed in. Implemented by the security module, so that the shell depends
 * on nothing of ours.
 */
public interface ShellUser {

    /** The signed-in person's name as colleagues know it. */
    String displayName();

    /** Keeps the chosen language for the next sign-in. */
    void rememberLanguage(Locale locale);

    /** Ends the session and returns to the login page. */
    void signOut();
}
