package org.reciprocity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.security.throttle.*}: how sign-in guessing is slowed ({@link LoginThrottle}).
 *
 * @param freeFailuresPerAccount wrong passwords for one account from one client address before each next attempt
 *                               from there waits
 * @param freeFailuresPerAddress failed sign-ins from one client address, over all usernames, before each next
 *                               attempt from there waits (slows spraying one password over many accounts)
 * @param forgivenAfter          how long it takes to regain all free failures after the last one
 * @param longestWait            the cap of the growing wait (1 s, 2 s, 4 s … this)
 * @param capacity               the most buckets kept (three per client address or account and address), in memory
 *                               on H2, as rows of the table all nodes share on PostgreSQL; what bounds the
 *                               throttle's storage whatever strangers send
 */
@ConfigurationProperties("reciprocity.security.throttle")
record ThrottleSettings(@DefaultValue("5") int freeFailuresPerAccount,
                        @DefaultValue("20") int freeFailuresPerAddress,
                        @DefaultValue("15m") Duration forgivenAfter,
                        @DefaultValue("60s") Duration longestWait,
                        @DefaultValue("10000") int capacity) {

    ThrottleSettings {
        if (freeFailuresPerAccount < 1 || freeFailuresPerAddress < 1 || capacity < 100
                || !forgivenAfter.isPositive() || longestWait.toSeconds() < 1) {
            throw new IllegalArgumentException("reciprocity.security.throttle.*: free failures and the capacity "
                    + "must be positive (capacity at least 100), forgiven-after and longest-wait at least 1 s");
        }
    }
}
