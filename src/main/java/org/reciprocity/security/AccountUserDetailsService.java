package org.reciprocity.security;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountHolders holders;

    AccountUserDetailsService(AccountRepository accounts, AccountHolders holders) {
        this.accounts = accounts;
        this.holders = holders;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var normalised = Usernames.canonical(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var account = accounts.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principalOf(account);
    }

    /**
     * The principal of an account, the same for every way of signing in (password or single sign-on). No account is
     * ever locked: a password sign-in that must wait was refused before this lookup ({@link LoginThrottleFilter}).
     */
    AccountPrincipal principalOf(Account account) {
        var employeeId = account.getEmployeeId();
        var name = employeeId == null ? account.getUsername()
                : holders.namesOf(List.of(employeeId)).getOrDefault(employeeId, account.getUsername());
        var user = new SignedInUser(account.getId(), account.getUsername(), name, employeeId, account.getRoles());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled(), account.getLanguage());
    }
}
