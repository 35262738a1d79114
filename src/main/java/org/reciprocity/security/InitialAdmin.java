package org.reciprocity.security;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database without any account has nobody to sign in with, so the first administrator, {@code admin}, is
 * opened here: at start-up with {@code RECIPROCITY_ADMIN_PASSWORD} (when the application has started and before
 * any runner, so that nothing races it), or by whoever starts the company's story with a password of their own —
 * the demo, with its published password. Once any account exists, nothing happens: from then on accounts are
 * opened by an administrator who signed in.
 */
@Component
public class InitialAdmin {

    public static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String configuredPassword;

    InitialAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, PlatformTransactionManager transactions,
                 Clock clock,
                 @Value("${reciprocity.initial-admin-password:${RECIPROCITY_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.configuredPassword = password;
    }

    @EventListener(ApplicationStartedEvent.class)
    void openWithTheConfiguredPassword() {
        if (!configuredPassword.isBlank()) {
            open(configuredPassword);
        }
    }

    /**
     * Opens {@code admin} with {@code password} if the database has no account yet; true if it did. Refused
     * ({@link IllegalArgumentException}) for a password an administrator could not set either.
     */
    public boolean open(String password) {
        if (password.length() < NewAccount.PASSWORD_MIN || password.length() > NewAccount.PASSWORD_MAX) {
            throw new IllegalArgumentException("The initial administrator's password needs "
                    + NewAccount.PASSWORD_MIN + " to " + NewAccount.PASSWORD_MAX + " characters");
        }
        var opened = Boolean.TRUE.equals(transaction.execute(status -> {
            if (accounts.count() > 0) {
                return false;
            }
            accounts.save(new Account(USERNAME, passwordEncoder.encode(password), Set.of(Role.ADMIN), null,
                    clock.instant()));
            return true;
        }));
        if (opened) {
            log.info("Opened the initial administrator account '{}'", USERNAME);
        }
        return opened;
    }
}
