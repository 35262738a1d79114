package org.reciprocity.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.reciprocity.notification.MailTexts.DigestItem;
import org.reciprocity.notification.MailTexts.DigestSection;
import org.reciprocity.notification.Outbox.Mail;
import org.reciprocity.notification.Outbox.Purpose;
import org.reciprocity.notification.UnsubscribeTokens.Unsubscribe;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily and weekly digests: for each person who gets one, the notifications of the categories they chose it for
 * that no mail has carried yet, in one plain-text mail grouped by category, in their language. Each person's round
 * is one transaction: the round claimed ({@link DigestRounds}), the outbox row written, the notifications marked
 * mailed — all or nothing. A digest reaches back to the person's previous round (so that a round missed while the
 * portal was down is made good), or for their first one to the previous period: what stayed in the bell before they
 * chose a digest is not mailed months later.
 */
@Component
class Digests {

    /** Listed per category; the rest are counted, and are in the bell. */
    static final int LISTED_PER_CATEGORY = 12;
    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final NotificationStore store;
    private final Preferences preferences;
    private final DigestRounds rounds;
    private final Outbox outbox;
    private final MailTexts texts;
    private final NotificationTexts titles;
    private final MailLinks links;
    private final MailRecipients recipients;
    private final AccountLookup accounts;
    private final TransactionTemplate transaction;

    Digests(NotificationStore store, Preferences preferences, DigestRounds rounds, Outbox outbox, MailTexts texts,
            NotificationTexts titles, MailLinks links, MailRecipients recipients, AccountLookup accounts,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.preferences = preferences;
        this.rounds = rounds;
        this.outbox = outbox;
        this.texts = texts;
        this.titles = titles;
        this.links = links;
        this.recipients = recipients;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Each round of the period not done yet; one that fails is done again on the next run. @return digests queued */
    int send(DigestPeriod period, Instant now) {
        var queued = 0;
        for (var recipient : candidates(period, now)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(t -> round(recipient, period, now)))) {
                    queued++;
                }
            } catch (DataIntegrityViolationException e) {
                log.debug("Digest {} of employee {} was claimed by another node", period.key(), recipient);
            } catch (RuntimeException e) {
                log.warn("Digest {} of employee {} not made; again on the next run", period.key(), recipient, e);
            }
        }
        return queued;
    }

    /**
     * Whoever chose this digest for a category; whoever has news of a category that comes in it by default; and for
     * the weekly, every manager, whose team news is in it by default. Less those who had this round.
     */
    private List<Long> candidates(DigestPeriod period, Instant now) {
        var found = new TreeSet<>(preferences.employeesWhoChose(period.cadence()));
        var byDefault = kinds(Arrays.stream(Category.values()).filter(c -> c.byDefault() == period.cadence()).toList());
        if (!byDefault.isEmpty()) {
            found.addAll(store.recipientsOfUnmailed(byDefault, period.previousStart(), now));
        }
        if (period.cadence() == Delivery.WEEKLY_DIGEST) {
            found.addAll(accounts.employeesWithRole(Role.MANAGER));
        }
        found.removeAll(rounds.done(period.key()));
        return List.copyOf(found);
    }

    /** One person's round, in the caller's transaction. @return whether a digest was queued */
    private boolean round(long recipient, DigestPeriod period, Instant now) {
        var categories = preferences.of(recipient).entrySet().stream()
                .filter(chosen -> chosen.getValue() == period.cadence()).map(Map.Entry::getKey).toList();
        if (categories.isEmpty() || !rounds.claim(recipient, period.key(), period.start(), now)) {
            return false;
        }
        var from = rounds.previousStart(recipient, period.key()).filter(last -> last.isBefore(period.previousStart()))
                .orElse(period.previousStart());
        var items = store.unmailed(recipient, kinds(categories), from, now);
        if (items.isEmpty()) {
            return false;
        }
        var addressee = recipients.of(recipient).orElse(null);
        if (addressee == null) {
            return false;
        }
        var language = addressee.language();
        var sections = sections(recipient, items, language);
        // one-click stops one category; a digest of several links to the settings page instead
        var unsubscribe = sections.size() == 1 ? sections.getFirst().unsubscribe().oneClick()
                : links.page(MailLinks.SETTINGS_ROUTE);
        outbox.add(new Mail(Purpose.DIGEST, addressee.email(), addressee.fullName(), language,
                texts.digestSubject(period.cadence(), language),
                texts.digestBody(addressee.fullName(), period.cadence(), sections, links.page(""),
                        links.page(MailLinks.SETTINGS_ROUTE), language),
                unsubscribe));
        store.markMailed(items.stream().map(StoredNotification::id).toList(), now);
        return true;
    }

    /** By category in the settings' order; within one, newest first. */
    private List<DigestSection> sections(long recipient, List<StoredNotification> items, Locale language) {
        var byCategory = new EnumMap<Category, List<StoredNotification>>(Category.class);
        items.forEach(item -> byCategory.computeIfAbsent(item.kind().category(), c -> new ArrayList<>()).add(item));
        var sections = new ArrayList<DigestSection>();
        byCategory.forEach((category, inIt) -> sections.add(new DigestSection(category,
                inIt.stream().limit(LISTED_PER_CATEGORY).map(item -> new DigestItem(
                        titles.title(item.kind(), item.subjectId(), item.detail(), language),
                        links.page(item.kind().route(item.subjectId())))).toList(),
                Math.max(0, inIt.size() - LISTED_PER_CATEGORY),
                links.unsubscribe(Unsubscribe.category(recipient, category)))));
        return sections;
    }

    private static List<String> kinds(List<Category> categories) {
        return Arrays.stream(NotificationKind.values()).filter(kind -> categories.contains(kind.category()))
                .map(Enum::name).toList();
    }
}
