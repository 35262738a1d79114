package org.reciprocity.security;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log (ASVS 16): sign-ins, throttling, second factors, account changes, who saw a reporter's identity.
 * Append-only; the admin reads it in the app. An entry never holds a password, a code, a secret or anything an
 * anonymous reporter wrote: callers pass a short detail, and this class adds who acted and from which address.
 */
@Service
public class SecurityLog {

    static final int DETAIL_MAX = 200;
    private static final int NAME_MAX = 64;

    private final SecurityLogRepository entries;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final SecurityContextHolderStrategy security;

    SecurityLog(SecurityLogRepository entries, Clock clock, PlatformTransactionManager transactions,
                SecurityContextHolderStrategy security) {
        this.security = security;
        this.entries = entries;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Appends one entry. Joins the caller's transaction, so that a change and its entry are stored together or not
     * at all; outside one, or inside a read-only one (opening a case), the entry has its own.
     *
     * @param account the canonical username of the account it concerns, or null
     */
    public void record(SecurityEventKind kind, @Nullable String account, String detail) {
        var entry = new SecurityLogEntry(clock.instant(), kind, clip(account, NAME_MAX), clip(actor(), NAME_MAX),
                address(), clip(detail, DETAIL_MAX));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        }
    }

    /**
     * Appends the entry unless the same person recorded the same kind and detail within {@code within}: opening
     * one case again and again after each step is one look at the reporter's identity, not ten.
     */
    public void recordOnce(SecurityEventKind kind, @Nullable String account, String detail, Duration within) {
        var actor = clip(actor(), NAME_MAX);
        var text = clip(detail, DETAIL_MAX);
        if (actor != null && text != null && entries.existsByKindAndActorAndDetailAndHappenedAtAfter(kind, actor,
                text, clock.instant().minus(within))) {
            return;
        }
        record(kind, account, detail);
    }

    /** The entries of the given kinds, newest first; {@code account} filters by part of the username. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<SecurityLogLine> find(Collection<SecurityEventKind> kinds, String account, Pageable pageable) {
        if (kinds.isEmpty()) {
            return Page.empty(pageable);
        }
        return entries.find(kinds, account.strip().toLowerCase(java.util.Locale.ROOT), pageable)
                .map(SecurityLogEntry::line);
    }

    private @Nullable String actor() {
        var authentication = security.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** The client's address as the servlet container sees it (forwarded headers are applied there, if trusted). */
    private static @Nullable String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        var vaadin = VaadinRequest.getCurrent(); // a push request over the WebSocket has no servlet request bound
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

    /** At most {@code max} characters, control characters (CR, LF: forged lines) replaced by spaces. */
    static @Nullable String clip(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        var clean = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.length() <= max) {
            return clean;
        }
        var end = Character.isHighSurrogate(clean.charAt(max - 2)) ? max - 2 : max - 1; // never half a pair
        return clean.substring(0, end) + "…";
    }
}
