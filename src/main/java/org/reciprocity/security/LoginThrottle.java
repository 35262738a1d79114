package org.reciprocity.security;

import io.github.bucket4j.BucketConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.BucketStore;
import org.reciprocity.shared.BucketStores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing strangers a lock they can renew (OWASP authentication cheat sheet,
 * ASVS 6.3.1). Two limits, each a Bucket4j bucket of free failures that refill over {@code forgivenAfter}:
 * <ul>
 * <li><b>per account and client address</b>: after {@code freeFailuresPerAccount} wrong passwords for one account
 * from one address, each next attempt for it from there waits 1 s, 2 s, 4 s … up to {@code longestWait}. A
 * stranger's failures never slow the owner coming from another address, and from the same one only for the wait;
 * <li><b>per client address</b>, over every username typed, known or not: after {@code freeFailuresPerAddress}
 * failures the same growing wait for every attempt from there, which slows spraying a password over many accounts.
 * </ul>
 * An attempt that must wait is refused at once ({@link LoginThrottleFilter}), never held on a thread, and is no
 * failure: its password is not even checked. A correct password clears its account-and-address count, never the
 * address's (an attacker with one account of their own cannot wash their address clean).
 *
 * <p>Memory is bounded whatever arrives from outside: only names an account could have are remembered
 * ({@link Usernames}), addresses are cut to the length of the longest IPv6 text (a key is at most 103 characters),
 * and the {@link BucketStore} keeps at most about {@code capacity} buckets, each dropped once refilled.
 *
 * <p>On PostgreSQL the buckets are rows of {@code sign_in_throttle_bucket}, the same for every server node: a guesser
 * spreading attempts over the nodes behind a load balancer waits as on one, and an admin on any node sees and clears
 * every delay. On H2 (one node) they stay in memory.
 */
@Component
class LoginThrottle {

    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";
    private static final String FAILURES = "#failures";
    private static final String WAIT = "#wait";
    private static final String NOTICE = "#notice";
    private static final int LONGEST_ADDRESS = 45;

    /**
     * An attempt that must wait; {@code account} is null when the address as a whole waits. {@code firstInWindow}
     * is true for at most one refusal per key and {@code longestWait}: what the security log records.
     */
    record Refusal(Duration retryAfter, @Nullable String account, String address, boolean firstInWindow) {
    }

    /** The table of the buckets on PostgreSQL (migration V12). */
    static final String TABLE = "sign_in_throttle_bucket";

    private final BucketStore store;
    private final ThrottleSettings settings;
    private final Clock clock;
    private final long longestWait;
    /** How far below zero the free failures go: the wait, 2^(that) seconds, grows no more beyond longestWait. */
    private final long deepest;

    @Autowired
    LoginThrottle(BucketStores stores, ThrottleSettings settings, Clock clock) {
        this(stores.open(TABLE, settings.capacity()), settings, clock);
    }

    LoginThrottle(BucketStore store, ThrottleSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.longestWait = settings.longestWait().toSeconds();
        this.deepest = 64 - Long.numberOfLeadingZeros(longestWait - 1);
    }

    /** Empty when this attempt may go on to the password check. */
    Optional<Refusal> check(String typedUsername, String clientAddress) {
        var address = address(clientAddress);
        var account = Usernames.canonical(typedUsername).orElse(null);
        var byAddress = waitOf(ADDRESS + address);
        var byAccount = account == null ? Duration.ZERO : waitOf(accountKey(account, address));
        if (byAddress.isZero() && byAccount.isZero()) {
            return Optional.empty();
        }
        var accountWaitsLonger = account != null && byAccount.compareTo(byAddress) >= 0;
        var key = accountWaitsLonger ? accountKey(account, address) : ADDRESS + address;
        var firstInWindow = store.bucket(key + NOTICE, this::noticeConfiguration).tryConsume(1);
        return Optional.of(new Refusal(accountWaitsLonger ? byAccount : byAddress, accountWaitsLonger ? account : null,
                address, firstInWindow));
    }

    void failed(String typedUsername, String clientAddress) {
        var address = address(clientAddress);
        penalise(ADDRESS + address, settings.freeFailuresPerAddress());
        Usernames.canonical(typedUsername)
                .ifPresent(account -> penalise(accountKey(account, address), settings.freeFailuresPerAccount()));
    }

    void succeeded(String typedUsername, String clientAddress) {
        Usernames.canonical(typedUsername).ifPresent(account -> removeAll(accountKey(account, address(clientAddress))));
    }

    /** Lifts every wait of the account, from every address, e.g. when the admin has just set a new password. */
    void forget(String username) {
        Usernames.canonical(username).ifPresent(account -> store.keysStartingWith(ACCOUNT + account + "@")
                .filter(key -> key.endsWith(FAILURES) || key.endsWith(WAIT))
                .map(LoginThrottle::base).distinct().toList().forEach(this::removeAll));
    }

    /** Lifts one wait: of the account from the address, or of the address as a whole when account is null. */
    void clear(@Nullable String account, String address) {
        removeAll(account == null ? ADDRESS + address : accountKey(account, address));
    }

    /** Who has used up their free failures now, with when their next attempt may come. */
    List<SignInDelay> delayed() {
        var now = clock.instant();
        return Stream.concat(store.keysStartingWith(ACCOUNT), store.keysStartingWith(ADDRESS))
                .filter(key -> key.endsWith(FAILURES)).map(LoginThrottle::base)
                .flatMap(key -> store.existing(key + FAILURES).stream()
                        .map(failures -> failures.getAvailableTokens()).filter(available -> available <= 0)
                        .map(available -> delay(key, freeFailuresOf(key) - available, now.plus(waitOf(key)))))
                .toList();
    }

    /** How many buckets are kept now: what bounds this class's memory. */
    long size() {
        return store.size();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var attempt = event.getAuthentication();
        addressOf(attempt).ifPresent(address -> failed(attempt.getName(), address));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        var attempt = event.getAuthentication();
        addressOf(attempt).ifPresent(address -> succeeded(attempt.getName(), address));
    }

    /**
     * The client's address as the form's filter saw it ({@code request.getRemoteAddr()}). Sign-ins without one
     * (the demo's, through {@link SignIn}) come from no client and are not throttled.
     */
    private static Optional<String> addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? Optional.of(details.getRemoteAddress()) : Optional.empty();
    }

    private void penalise(String key, int free) {
        var failures = store.bucket(key + FAILURES, () -> failuresConfiguration(free));
        if (failures.getAvailableTokens() > -deepest) {
            failures.consumeIgnoringRateLimits(1); // may go below zero: how far says how long to wait
        }
        var available = failures.getAvailableTokens();
        if (available <= 0) {
            var seconds = Math.min(1L << -available, longestWait);
            // the wait bucket is full when nothing waits; leave it `seconds` short of full, unless it already is more
            var wait = store.bucket(key + WAIT, this::waitConfiguration);
            var excess = wait.getAvailableTokens() - (longestWait - seconds);
            if (excess > 0) {
                wait.tryConsume(excess);
            }
        }
    }

    private Duration waitOf(String key) {
        return store.existing(key + WAIT).map(bucket -> bucket.estimateAbilityToConsume(longestWait))
                .filter(probe -> !probe.canBeConsumed())
                .map(probe -> Duration.ofNanos(probe.getNanosToWaitForRefill())).orElse(Duration.ZERO);
    }

    private void removeAll(String key) {
        store.remove(key + FAILURES);
        store.remove(key + WAIT);
        store.remove(key + NOTICE);
    }

    private BucketConfiguration failuresConfiguration(int free) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(free).refillGreedy(free, settings.forgivenAfter())).build();
    }

    /** Full (nothing to wait for) at {@code longestWait} tokens; refills one token a second. */
    private BucketConfiguration waitConfiguration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(longestWait).refillGreedy(longestWait, settings.longestWait())).build();
    }

    private BucketConfiguration noticeConfiguration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillIntervally(1, settings.longestWait())).build();
    }

    private int freeFailuresOf(String key) {
        return key.startsWith(ACCOUNT) ? settings.freeFailuresPerAccount() : settings.freeFailuresPerAddress();
    }

    private static String accountKey(String account, String address) {
        return ACCOUNT + account + "@" + address;
    }

    private static String address(String clientAddress) {
        return clientAddress.length() <= LONGEST_ADDRESS ? clientAddress : clientAddress.substring(0, LONGEST_ADDRESS);
    }

    /** The key without its bucket's suffix. */
    private static String base(String bucketKey) {
        return bucketKey.substring(0, bucketKey.lastIndexOf('#'));
    }

    private static SignInDelay delay(String key, long failures, Instant nextAttempt) {
        if (key.startsWith(ADDRESS)) {
            return new SignInDelay(null, key.substring(ADDRESS.length()), failures, nextAttempt);
        }
        var accountAndAddress = key.substring(ACCOUNT.length());
        var at = accountAndAddress.indexOf('@');
        return new SignInDelay(accountAndAddress.substring(0, at), accountAndAddress.substring(at + 1), failures,
                nextAttempt);
    }
}
