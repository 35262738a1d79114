package org.reciprocity.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reciprocity.people.Addressees;
import org.reciprocity.recognition.LastRecognised;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager's weekly summary ({@link NotificationKind#TEAM_UNSEEN}): who on their team has not been recognised for
 * {@code reciprocity.notification.unseen-after} (60 days), someone never recognised included, the longest unseen
 * first. A notification like any other, so it follows the manager's choice for {@link Category#TEAM}: in the bell,
 * and by default in the weekly digest. Once per manager and week ({@code T…} rounds); a team with nobody unseen gets
 * nothing. Only when each person was last recognised is read, never what was written, and nothing of the
 * manager's self-assessment.
 */
@Component
class TeamSummary {

    private static final Logger log = LoggerFactory.getLogger(TeamSummary.class);

    private final NotificationStore store;
    private final DigestRounds rounds;
    private final Addressees addressees;
    private final AccountLookup accounts;
    private final LastRecognised lastRecognised;
    private final MailSettings settings;
    private final TransactionTemplate transaction;

    TeamSummary(NotificationStore store, DigestRounds rounds, Addressees addressees, AccountLookup accounts,
                LastRecognised lastRecognised, MailSettings settings, PlatformTransactionManager transactions) {
        this.store = store;
        this.rounds = rounds;
        this.addressees = addressees;
        this.accounts = accounts;
        this.lastRecognised = lastRecognised;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Each manager's summary of {@code week} not made yet, each in its own transaction. */
    void tell(DigestPeriod week, Instant now) {
        var key = week.summaryKey();
        var done = rounds.done(key);
        var managers = accounts.employeesWithRole(Role.MANAGER).stream().filter(m -> !done.contains(m)).sorted()
                .toList();
        for (var manager : managers) {
            try {
                transaction.executeWithoutResult(t -> {
                    if (rounds.claim(manager, key, week.start(), now)) {
                        tell(manager, key, now);
                    }
                });
            } catch (DataIntegrityViolationException e) {
                log.debug("Team summary {} of manager {} was claimed by another node", key, manager);
            } catch (RuntimeException e) {
                log.warn("Team summary {} of manager {} not made; again on the next run", key, manager, e);
            }
        }
    }

    private void tell(long manager, String key, Instant now) {
        var team = addressees.teamOf(manager);
        if (team.isEmpty()) {
            return;
        }
        var last = lastRecognised.of(team);
        var since = now.minus(settings.unseenAfter());
        var people = addressees.of(team);
        var unseen = team.stream().filter(id -> !last.containsKey(id) || last.get(id).isBefore(since))
                .filter(people::containsKey)
                .sorted(longestUnseenFirst(last, people)).map(id -> people.get(id).fullName()).toList();
        if (unseen.isEmpty()) {
            return;
        }
        store.tell(List.of(manager), new NotificationStore.News(NotificationKind.TEAM_UNSEEN, manager,
                NotificationTexts.teamUnseenDetail(settings.unseenAfter().toDays(), unseen), "team-unseen:" + key, now));
    }

    /** Never recognised first, then the longest ago, then by name. */
    private static Comparator<Long> longestUnseenFirst(Map<Long, Instant> last, Map<Long, Addressees.Addressee> people) {
        return Comparator.<Long, Instant>comparing(id -> last.getOrDefault(id, Instant.MIN))
                .thenComparing(id -> people.get(id).fullName());
    }
}
