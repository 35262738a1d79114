package org.reciprocity.security;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The admin sees who is slowed at sign-in now and lifts a wait, e.g. for a colleague who is sure of their password. */
@Service
public class SignInDelays {

    /** The list is for reading: the most recent this many. */
    static final int SHOWN_AT_MOST = 100;

    private final LoginThrottle throttle;

    SignInDelays(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Accounts (from one address) and addresses that have used up their free failures, latest wait first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SignInDelay> current() {
        return throttle.delayed().stream().sorted(Comparator.comparing(SignInDelay::nextAttempt).reversed()
                .thenComparing(d -> d.account() == null ? "" : d.account())).limit(SHOWN_AT_MOST).toList();
    }

    /** Forgets the failures behind this delay: the next attempt goes straight to the password check. */
    @PreAuthorize("hasRole('ADMIN')")
    public void clear(SignInDelay delay) {
        throttle.clear(delay.account(), delay.address());
        // SECURITY-LOG: THROTTLE_CLEARED (account = delay.account(), detail: "from " + address)
    }
}
