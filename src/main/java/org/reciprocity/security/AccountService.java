package org.reciprocity.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Accounts and roles: the admin opens, changes, disables accounts and resets passwords. */
@Service
@Validated
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountHolders holders;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecurityLog log;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountHolders holders,
                   CurrentUser currentUser, Clock clock, LoginThrottle throttle, SecurityLog log) {
        this.throttle = throttle;
        this.log = log;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.holders = holders;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> find(String text, Pageable pageable) {
        var normalised = text.strip().toLowerCase(Locale.ROOT);
        var page = accounts.search(normalised, employeesNamed(normalised), withDefaultSort(pageable));
        var ids = page.stream().map(Account::getEmployeeId).filter(Objects::nonNull).toList();
        var names = ids.isEmpty() ? Map.<Long, String>of() : holders.namesOf(ids);
        return page.map(a -> summary(a, a.getEmployeeId() == null ? null : names.get(a.getEmployeeId())));
    }

    /** How many accounts {@link #find} finds for the text: by username or by the name of their employee. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        var normalised = text.strip().toLowerCase(Locale.ROOT);
        return accounts.count(normalised, employeesNamed(normalised));
    }

    /** Employees to open an account for, by name or e-mail, each saying whether they already have one. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountCandidate> candidates(String text, Pageable pageable) {
        var holdersFound = holders.find(text.strip(), pageable);
        if (holdersFound.isEmpty()) {
            return List.of();
        }
        var withAccount = new HashSet<>(accounts.employeeIdsWithAccount(
                holdersFound.stream().map(AccountHolders.AccountHolder::employeeId).toList()));
        return holdersFound.stream().map(h -> new AccountCandidate(h.employeeId(), h.name(), h.email(),
                withAccount.contains(h.employeeId()))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary open(@Valid NewAccount command) {
        var username = command.username();
        if (accounts.existsByUsername(username)) {
            throw new AccountException("username", "account.username.taken");
        }
        var employeeId = command.employeeId();
        if (employeeId != null && accounts.existsByEmployeeId(employeeId)) {
            throw new AccountException("employee", "account.employee.taken");
        }
        var employeeName = employeeId == null ? null : holders.namesOf(List.of(employeeId)).get(employeeId);
        if (employeeId != null && employeeName == null) {
            throw new AccountException("employee", "admin.account.employee.unknown");
        }
        requireEmployeeForEmployeeRoles(command.roles(), employeeId);
        var account = accounts.save(new Account(username, passwordEncoder.encode(command.password()),
                command.roles(), employeeId, clock.instant()));
        log.record(SecurityEventKind.ACCOUNT_OPENED, username, "roles " + rolesOf(account));
        return summary(account, employeeName);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void change(@Valid AccountChange change) {
        var account = load(change.accountId(), change.version());
        var me = currentUser.require();
        if (account.getId() == me.accountId()
                && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            // An admin who locks themselves out leaves the portal without anyone to manage it.
            throw new AccountException("roles", "account.self.lockout");
        }
        requireEmployeeForEmployeeRoles(change.roles(), account.getEmployeeId());
        var before = rolesOf(account) + (account.isEnabled() ? "" : ", disabled");
        account.setRoles(change.roles());
        account.setEnabled(change.enabled());
        var after = rolesOf(account) + (account.isEnabled() ? "" : ", disabled");
        if (!before.equals(after)) {
            log.record(SecurityEventKind.ACCOUNT_CHANGED, account.getUsername(), "roles " + before + " → " + after);
        }
    }

    /** Lets an account sign in again, or stops it from signing in; its roles stay as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(long accountId, long version, boolean enabled) {
        var account = load(accountId, version);
        if (!enabled && account.getId() == currentUser.require().accountId()) {
            throw new AccountException("enabled", "account.self.lockout");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            log.record(SecurityEventKind.ACCOUNT_CHANGED, account.getUsername(), enabled ? "enabled" : "disabled");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long accountId,
                              @Size(min = NewAccount.PASSWORD_MIN, max = NewAccount.PASSWORD_MAX,
                                      message = "{account.password.length}") String newPassword) {
        var account = accounts.findById(accountId).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        throttle.forget(account.getUsername()); // they were probably locked out guessing the old one
        log.record(SecurityEventKind.PASSWORD_RESET, account.getUsername(), "by an administrator");
    }

    /**
     * The employees whose enabled account has a role: the managers asked for a self-assessment, the HR people a
     * report can be assigned to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> employeesWithRole(Role role) {
        return new HashSet<>(accounts.employeeIdsWithRole(role));
    }

    /** Keeps the signed-in person's language for their next visit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberLanguage(Locale locale) {
        accounts.findById(currentUser.require().accountId())
                .ifPresent(a -> a.setLanguage(locale.getLanguage()));
    }

    private static String rolesOf(Account account) {
        return account.getRoles().stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /** Employees, managers and HR people are people of the directory: their account belongs to an employee. */
    private static void requireEmployeeForEmployeeRoles(Set<Role> roles, @Nullable Long employeeId) {
        if (employeeId == null && Account.normalised(roles).contains(Role.EMPLOYEE)) {
            throw new AccountException("employee", "admin.account.employee.required");
        }
    }

    /** At most this many employees whose name matches are looked for among the accounts. */
    static final int NAME_MATCHES_MAX = 500;

    private Collection<Long> employeesNamed(String text) {
        if (text.isEmpty()) {
            return List.of(-1L); // every account matches the empty text anyway
        }
        var ids = holders.find(text, PageRequest.of(0, NAME_MATCHES_MAX)).stream()
                .map(AccountHolders.AccountHolder::employeeId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("username"));
    }

    private Account load(long id, long expectedVersion) {
        var account = accounts.findById(id).orElseThrow();
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Account " + id + " was changed by someone else");
        }
        return account;
    }

    private static AccountSummary summary(Account a, @Nullable String employeeName) {
        return new AccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getEmployeeId(), employeeName,
                a.getRoles(), a.isEnabled(), a.getCreatedAt());
    }
}
