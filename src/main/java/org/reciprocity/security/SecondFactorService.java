package org.reciprocity.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reciprocity.security.SecondFactorCheck.Outcome;
import org.reciprocity.shared.CompanySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: enrolling an authenticator app (TOTP), checking its codes and the recovery codes, and an
 * admin's reset.
 * <p>
 * The methods for the person signing in take their {@link PendingSignIn} and carry no role check: until they pass,
 * nobody is signed in, and the pending sign-in — made only by {@link SecondFactorGate}, kept only in their
 * server-side session — is the proof of whose code it is. Wrong codes are bounded per account
 * ({@link SecondFactorCheck.Outcome#TOO_MANY_WRONG}), so the million six-digit codes cannot be tried.
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{" + Totp.DIGITS + "}");
    /** 12 Base32 characters (60 random bits), shown as xxxx-xxxx-xxxx. */
    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z2-7]{12}");

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountRepository accounts;
    private final SecondFactorKeys keys;
    private final CurrentUser currentUser;
    private final SecurityLog log;
    private final CompanySettings company;
    private final Clock clock;

    SecondFactorService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
                        AccountRepository accounts, SecondFactorKeys keys, CurrentUser currentUser, SecurityLog log,
                        CompanySettings company, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.keys = keys;
        this.currentUser = currentUser;
        this.log = log;
        this.company = company;
        this.clock = clock;
    }

    /** Whether the person has a confirmed second factor (then they type a code) or must enrol first. */
    @Transactional(readOnly = true)
    public boolean isEnrolled(PendingSignIn pending) {
        return factors.isConfirmed(pending.accountId());
    }

    /**
     * The secret for the person's app: a new one, or the one this same sign-in began (the page reloaded, another
     * language chosen). An enrolment that another sign-in began and never confirmed is replaced, so that a secret
     * someone else may have seen (with the password) is never the one confirmed.
     */
    @Transactional
    public SecondFactorEnrolment startEnrolment(PendingSignIn pending) {
        var accountId = pending.accountId();
        var existing = factors.lock(accountId);
        if (existing.filter(SecondFactor::confirmed).isPresent()) {
            throw new IllegalStateException("The second factor is confirmed already");
        }
        byte[] secret;
        if (existing.isPresent() && existing.get().secret().equals(pending.enrolmentSecret())) {
            secret = keys.decrypt(accountId, existing.get().secret());
        } else {
            secret = keys.newSecret();
            var sealed = keys.encrypt(accountId, secret);
            var now = clock.instant();
            existing.ifPresentOrElse(f -> f.replaceUnconfirmed(sealed, now),
                    () -> factors.save(new SecondFactor(accountId, sealed, now)));
            pending.enrolmentBegun(sealed);
        }
        var key = Base32.encode(secret);
        return new SecondFactorEnrolment(key, otpauthUri(pending.username(), key));
    }

    /**
     * Confirms the enrolment with a first code from the app; on success the person has passed, and gets their ten
     * recovery codes (stored only as hashes).
     */
    @Transactional
    public SecondFactorCheck confirmEnrolment(PendingSignIn pending, String code) {
        var factor = factors.lock(pending.accountId())
                .orElseThrow(() -> new IllegalStateException("No enrolment was started"));
        if (factor.confirmed()) {
            throw new IllegalStateException("The second factor is confirmed already");
        }
        var check = checkCode(factor, pending, code);
        if (!check.passed()) {
            return check;
        }
        recoveryCodes.deleteOf(pending.accountId());
        var codes = newRecoveryCodes(pending.accountId());
        log.record(SecurityEventKind.MFA_ENROLLED, pending.username(),
                "authenticator app, " + codes.size() + " recovery codes");
        pending.pass();
        return new SecondFactorCheck(Outcome.PASSED, null, codes.size(), codes);
    }

    /** Checks a six-digit code from the app; a right one passes the person. */
    @Transactional
    public SecondFactorCheck verify(PendingSignIn pending, String code) {
        var factor = confirmedFactor(pending);
        var check = checkCode(factor, pending, code);
        if (check.passed()) {
            log.record(SecurityEventKind.MFA_PASSED, pending.username(), "authenticator app");
            pending.pass();
        }
        return check;
    }

    /** Uses one of the recovery codes instead of the app: each works once. */
    @Transactional
    public SecondFactorCheck useRecoveryCode(PendingSignIn pending, String code) {
        var factor = confirmedFactor(pending);
        var now = clock.instant();
        var refused = refusal(factor, pending, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        var canonical = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        var found = RECOVERY_CODE.matcher(canonical).matches()
                ? recoveryCodes.findUnused(pending.accountId(), keys.hash(pending.accountId(), canonical))
                : Optional.<RecoveryCode>empty();
        if (found.isEmpty()) {
            factor.failed(now);
            log.record(SecurityEventKind.MFA_FAILED, pending.username(), "wrong recovery code");
            return SecondFactorCheck.of(Outcome.WRONG);
        }
        found.get().use(now);
        factor.passed(factor.lastUsedStep(), now);
        var left = recoveryCodes.countUnused(pending.accountId());
        log.record(SecurityEventKind.MFA_RECOVERY_CODE_USED, pending.username(), left + " left");
        pending.pass();
        return new SecondFactorCheck(Outcome.PASSED, null, left, List.of());
    }

    /** Since when the account has a confirmed second factor, if it has one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Instant> enrolledSince(long accountId) {
        return factors.findById(accountId).map(SecondFactor::confirmedAt);
    }

    /**
     * Removes an account's second factor and recovery codes, e.g. when its owner lost their phone: they enrol
     * again at their next sign-in. Another admin does it, never the owner: a second factor that its holder could
     * switch off with their password alone would protect nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long accountId) {
        if (currentUser.require().accountId() == accountId) {
            throw new AccountException("secondFactor", "account.mfa.reset.self");
        }
        var account = accounts.findById(accountId).orElseThrow();
        var removed = factors.deleteOf(accountId) > 0;
        recoveryCodes.deleteOf(accountId);
        log.record(SecurityEventKind.MFA_RESET, account.getUsername(),
                (removed ? "second factor removed" : "had no second factor") + "; enrols again at the next sign-in");
    }

    private SecondFactor confirmedFactor(PendingSignIn pending) {
        return factors.lock(pending.accountId()).filter(SecondFactor::confirmed)
                .orElseThrow(() -> new IllegalStateException("No confirmed second factor"));
    }

    /** Too many wrong codes lately: nothing is checked, and the person is told until when. */
    private Optional<SecondFactorCheck> refusal(SecondFactor factor, PendingSignIn pending, Instant now) {
        var until = factor.refusedUntil(now);
        if (until == null) {
            return Optional.empty();
        }
        log.record(SecurityEventKind.MFA_FAILED, pending.username(), "refused: too many wrong codes");
        return Optional.of(new SecondFactorCheck(Outcome.TOO_MANY_WRONG, until, 0, List.of()));
    }

    private SecondFactorCheck checkCode(SecondFactor factor, PendingSignIn pending, String code) {
        var now = clock.instant();
        var refused = refusal(factor, pending, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        var typed = code.replaceAll("\\s", "");
        var steps = SIX_DIGITS.matcher(typed).matches()
                ? Totp.matchingSteps(keys.decrypt(factor.accountId(), factor.secret()), typed, now).toArray()
                : new long[0];
        var fresh = Arrays.stream(steps).filter(s -> s > factor.lastUsedStep()).max();
        if (fresh.isPresent()) {
            factor.passed(fresh.getAsLong(), now);
            return SecondFactorCheck.of(Outcome.PASSED);
        }
        factor.failed(now);
        log.record(SecurityEventKind.MFA_FAILED, pending.username(),
                steps.length > 0 ? "code used already" : "wrong code");
        return SecondFactorCheck.of(steps.length > 0 ? Outcome.USED_ALREADY : Outcome.WRONG);
    }

    private List<String> newRecoveryCodes(long accountId) {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var codes = new ArrayList<String>(RECOVERY_CODES);
        for (int n = 0; n < RECOVERY_CODES; n++) {
            var code = new StringBuilder(12);
            for (int i = 0; i < 12; i++) {
                code.append(alphabet.charAt(keys.random().nextInt(alphabet.length())));
            }
            recoveryCodes.save(new RecoveryCode(accountId, keys.hash(accountId, code.toString())));
            codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
        }
        return codes;
    }

    /** Key URI Format of Google Authenticator, which every app reads: issuer, account, SHA1, 6 digits, 30 s. */
    private String otpauthUri(String username, String key) {
        var issuer = encode(company.name());
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + key + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
