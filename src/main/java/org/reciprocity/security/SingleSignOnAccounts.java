package org.reciprocity.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.SingleSignOn.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person signed in at the provider is here: the account of the employee whose e-mail address the provider
 * has verified. No account is made for anyone; roles are the account's own, never the provider's.
 */
@Component
class SingleSignOnAccounts {

    /** The longest address RFC 5321 allows; anything longer cannot be an employee's. */
    private static final int LONGEST_EMAIL = 254;

    private final AccountHolders holders;
    private final AccountRepository accounts;
    private final AccountUserDetailsService principals;

    SingleSignOnAccounts(AccountHolders holders, AccountRepository accounts, AccountUserDetailsService principals) {
        this.holders = holders;
        this.accounts = accounts;
        this.principals = principals;
    }

    /**
     * The principal to sign in, or {@link SingleSignOnRefused} saying why not.
     *
     * @param email         the {@code email} claim
     * @param emailVerified the {@code email_verified} claim: only {@code true} lets the address identify anyone
     */
    @Transactional(readOnly = true)
    AccountPrincipal signIn(@Nullable String email, @Nullable Boolean emailVerified) {
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(emailVerified)) {
            throw new SingleSignOnRefused(Refusal.UNVERIFIED, null, bounded(email));
        }
        var address = email.strip().toLowerCase(Locale.ROOT); // the directory keeps addresses so
        if (address.length() > LONGEST_EMAIL) {
            throw new SingleSignOnRefused(Refusal.UNKNOWN, null, bounded(address));
        }
        var account = holders.withEmail(address)
                .flatMap(holder -> accounts.findByEmployeeId(holder.employeeId()))
                .orElseThrow(() -> new SingleSignOnRefused(Refusal.UNKNOWN, null, address));
        if (!account.isEnabled()) {
            throw new SingleSignOnRefused(Refusal.DISABLED, account.getUsername(), address);
        }
        // Not locked by the login throttle: it counts wrong passwords, and this sign-in used none.
        var principal = principals.principalOf(account);
        principal.eraseCredentials();
        return principal;
    }

    private static @Nullable String bounded(@Nullable String text) {
        return text == null || text.length() <= LONGEST_EMAIL ? text : text.substring(0, LONGEST_EMAIL) + "…";
    }
}
