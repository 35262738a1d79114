package org.reciprocity.security;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin sees who is slowed at sign-in now and lifts a wait, e.g. for a colleague who is sure of their password. */
@Service
public class SignInDelays {

    /** The list is for reading: the latest this many. */
    static final int SHOWN_AT_MOST = 100;

    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final SecurityLog log;

    SignInDelays(LoginThrottle throttle, AccountRepository accounts, SecurityLog log) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.log = log;
    }

    /**
     * Accounts (from one address) and addresses that have used up their free failures, latest wait first. A name
     * no account has is left out: what strangers type as a username (a password in the wrong field, say) is theirs.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SignInDelay> current() {
        var delayed = throttle.delayed();
        var named = delayed.stream().map(SignInDelay::account).filter(Objects::nonNull).distinct().toList();
        var existing = named.isEmpty() ? new HashSet<String>() : new HashSet<>(accounts.existingUsernames(named));
        return delayed.stream().filter(d -> d.account() == null || existing.contains(d.account()))
                .sorted(Comparator.comparing(SignInDelay::nextAttempt).reversed()
                        .thenComparing(d -> d.account() == null ? "" : d.account()))
                .limit(SHOWN_AT_MOST).toList();
    }

    /** Forgets the failures behind this delay: the next attempt goes straight to the password check. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void clear(SignInDelay delay) {
        throttle.clear(delay.account(), delay.address());
        log.record(SecurityEventKind.THROTTLE_CLEARED, delay.account(), delay.account() == null
                ? "address " + delay.address() + " (any username)" : "from " + delay.address());
    }
}
