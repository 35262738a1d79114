package org.reciprocity.shared.ui;

/**
 * A number a feature wants shown beside its navigation entry (reports waiting, for instance). Declare a Spring
 * bean; the shell asks it on every navigation and shows the count when it is above zero. The bean is asked
 * with the signed-in user's security context, so it may call protected services.
 */
public interface NavigationCount {

    /** The route path of the navigation entry, as in {@code @Route}. */
    String path();

    /** How many things wait; zero hides the badge. May refuse (AccessDeniedException) when not for this user. */
    long count();
}
