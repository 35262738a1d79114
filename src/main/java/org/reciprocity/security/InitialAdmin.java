package org.reciprocity.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no account to sign in with. With {@code RECIPROCITY_ADMIN_PASSWORD} set,
 * the first start opens the account {@code admin}; once any account exists, the setting is ignored.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String password;

    InitialAdmin(AccountRepository accounts, AccountService accountService,
                 @Value("${reciprocity.initial-admin-password:${RECIPROCITY_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        SystemAccess.runAs(() -> accountService.open(new NewAccount("admin", password, Set.of(Role.ADMIN), null)),
                Role.ADMIN);
        log.info("Opened the initial administrator account 'admin'");
    }
}
