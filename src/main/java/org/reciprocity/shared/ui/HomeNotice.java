package org.reciprocity.shared.ui;

import java.util.Optional;

/**
 * A notice a feature puts on the home page while it applies, such as "your self-assessment for November is
 * due". Declare a Spring bean; the home page shows every notice that is present for the signed-in user.
 */
public interface HomeNotice {

    /** The notice for the signed-in user now, or empty. */
    Optional<Notice> current();

    /**
     * @param message translated text to show
     * @param action  translated label of the link
     * @param route   where the link goes
     */
    record Notice(String message, String action, String route) {
    }
}
