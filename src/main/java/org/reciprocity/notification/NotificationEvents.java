package org.reciprocity.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reciprocity.assessment.AssessmentDue;
import org.reciprocity.people.Addressees;
import org.reciprocity.recognition.RecognitionGiven;
import org.reciprocity.recognition.RecognitionWithdrawn;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.reporting.ReporterUpdated;
import org.reciprocity.review.CaseAlert;
import org.reciprocity.review.CheckInRequested;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.security.Role;
import org.reciprocity.shared.FeatureEventListener;
import org.reciprocity.shared.Languages;
import org.springframework.stereotype.Component;

/**
 * Who hears what. Each fact tells exactly the people it concerns, and carries only ids and a name or date to show:
 * never what a report says, never who an anonymous reporter is, nothing of a manager's answers. Everyone's events,
 * after their transaction committed ({@link FeatureEventListener}); nobody acts here, so the trusted lookups of
 * people and accounts name the recipients.
 */
@Component
class NotificationEvents {

    private final NotificationStore store;
    private final NotificationMail mail;
    private final Addressees addressees;
    private final AccountLookup accounts;

    NotificationEvents(NotificationStore store, NotificationMail mail, Addressees addressees, AccountLookup accounts) {
        this.store = store;
        this.mail = mail;
        this.addressees = addressees;
        this.accounts = accounts;
    }

    /**
     * The people recognised hear who recognised them. A private entry is also seen by the recipients' managers
     * ({@link Visibility#PRIVATE}), so each of them hears which team member it was; a public one they see on the
     * board like everyone.
     */
    @FeatureEventListener
    void on(RecognitionGiven given) {
        var named = new HashSet<>(given.recipientIds());
        if (given.giverId() != null) {
            named.add(given.giverId());
        }
        var people = addressees.of(named);
        var recipients = given.recipientIds().stream().filter(id -> !id.equals(given.giverId())).toList();
        var giver = given.giverId() == null || !people.containsKey(given.giverId()) ? ""
                : people.get(given.giverId()).fullName();
        store.tell(recipients, new NotificationStore.News(NotificationKind.RECOGNITION_RECEIVED,
                given.recognitionId(), giver, "recognition:" + given.recognitionId(), given.createdAt()));
        if (given.visibility() == Visibility.PRIVATE) {
            for (var id : given.recipientIds()) {
                var person = people.get(id);
                var manager = person == null ? null : person.managerId();
                if (manager != null && !manager.equals(given.giverId()) && !given.recipientIds().contains(manager)) {
                    store.tell(List.of(manager), new NotificationStore.News(NotificationKind.TEAM_MEMBER_RECOGNISED,
                            id, person.fullName(), "recognition:" + given.recognitionId() + ":" + id,
                            given.createdAt()));
                }
            }
        }
    }

    /** An entry taken off the board is no news any more: its recipients' notifications of it go, read or not. */
    @FeatureEventListener
    void on(RecognitionWithdrawn withdrawn) {
        store.forget(NotificationKind.RECOGNITION_RECEIVED, withdrawn.recognitionId());
    }

    /**
     * A named reporter hears it in the bell; a reporter who left an address and agreed to be contacted gets a
     * content-free e-mail; an anonymous reporter without one is never reached.
     */
    @FeatureEventListener
    void on(ReporterUpdated updated) {
        if (updated.reporterEmployeeId() != null) {
            store.tell(List.of(updated.reporterEmployeeId()), new NotificationStore.News(
                    NotificationKind.REPORT_UPDATED, updated.reportId(), "",
                    "report:" + updated.reportId() + ":" + updated.at().toEpochMilli(), updated.at()));
        } else if (updated.consentedEmail() != null) {
            mail.queueReporterNotice(updated.reportId(), updated.consentedEmail(),
                    Languages.closest(java.util.Locale.of(updated.language())));
        }
    }

    /** The assignee, or all of HR when nobody is assigned; an overdue case escalates to all of HR. */
    @FeatureEventListener
    void on(CaseAlert alert) {
        Set<Long> recipients = new HashSet<>();
        if (alert.assigneeEmployeeId() != null) {
            recipients.add(alert.assigneeEmployeeId());
        }
        if (alert.assigneeEmployeeId() == null || alert.reason().escalates()) {
            recipients.addAll(accounts.employeesWithRole(Role.HR));
        }
        var kind = switch (alert.reason()) {
            case FILED -> NotificationKind.REPORT_FILED;
            case REPORTER_WROTE -> NotificationKind.REPORTER_WROTE;
            case ACKNOWLEDGE_DUE_SOON, ANSWER_DUE_SOON -> NotificationKind.DEADLINE_NEAR;
            case ACKNOWLEDGE_OVERDUE, ANSWER_OVERDUE -> NotificationKind.DEADLINE_PASSED;
        };
        var when = alert.dueAt() == null ? alert.at() : alert.dueAt();
        store.tell(recipients, new NotificationStore.News(kind, alert.reportId(), NotificationTexts.caseDetail(alert),
                "case:" + alert.reportId() + ":" + alert.reason() + ":" + when.toEpochMilli(), alert.at()));
    }

    @FeatureEventListener
    void on(CheckInRequested requested) {
        store.tell(List.of(requested.managerEmployeeId()), new NotificationStore.News(
                NotificationKind.CHECK_IN_REQUESTED, requested.checkInId(), name(requested.employeeId()),
                "check-in:" + requested.checkInId(), requested.at()));
    }

    @FeatureEventListener
    void on(AssessmentDue due) {
        var kind = due.stage() == AssessmentDue.Stage.OPENED ? NotificationKind.ASSESSMENT_OPENED
                : NotificationKind.ASSESSMENT_CLOSING;
        store.tell(List.of(due.managerEmployeeId()), new NotificationStore.News(kind, 0, due.closesAt().toString(),
                "assessment:" + due.period().kind() + ":" + due.period().start() + ":" + due.stage(), due.at()));
    }

    private String name(long employeeId) {
        var found = addressees.of(List.of(employeeId)).get(employeeId);
        return found == null ? "" : found.fullName();
    }
}
