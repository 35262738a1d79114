package org.reciprocity.notification;

/**
 * Each thing a person can be told, with its category and the page it opens. The text is
 * {@code notification.kind.<NAME>} in the reader's language, with the notification's {@code detail} as {0}.
 */
public enum NotificationKind {
    /** {0}: who gave it, or empty for a customer or HR. Opens the person's received recognitions. */
    RECOGNITION_RECEIVED(Category.RECOGNITION),
    /** A private recognition of someone on the manager's team; {0}: the team member's name. */
    TEAM_MEMBER_RECOGNISED(Category.TEAM),
    /**
     * Weekly, to a manager: who on the team was not recognised lately; detail: the days, how many, and their names
     * ({@link NotificationTexts#teamUnseenDetail}). Opens the team's tab of the manager's recognitions.
     */
    TEAM_UNSEEN(Category.TEAM),
    /** A status or reply on the employee's own named report. */
    REPORT_UPDATED(Category.MY_REPORTS),
    /** HR asked the manager to check in with a staff member; {0}: the staff member's name. */
    CHECK_IN_REQUESTED(Category.CHECK_INS),
    /** A self-assessment period opened; {0}: the period as shown. */
    ASSESSMENT_OPENED(Category.ASSESSMENT),
    /** A self-assessment period closes soon and the manager has not submitted; {0}: the period as shown. */
    ASSESSMENT_CLOSING(Category.ASSESSMENT),
    /** A new report arrived (HR). */
    REPORT_FILED(Category.NEW_REPORTS),
    /** A reporter wrote on a case (HR). */
    REPORTER_WROTE(Category.NEW_REPORTS),
    /** A case's acknowledgement or answer deadline is near (HR). */
    DEADLINE_NEAR(Category.DEADLINES),
    /** A case's deadline passed (HR; escalated to all of HR). */
    DEADLINE_PASSED(Category.DEADLINES);

    /** The manager's recognitions, on the team's tab ({@code recognition.ui.ReceivedView}). */
    static final String TEAM_ROUTE = "received?tab=team";

    private final Category category;

    NotificationKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /**
     * The route the notification opens, relative to the portal's root, with a query string where it needs one.
     *
     * @param subjectId what it is about: the report for HR's kinds and REPORT_UPDATED, the team member for
     *                  TEAM_MEMBER_RECOGNISED, the recognition for RECOGNITION_RECEIVED, the check-in for
     *                  CHECK_IN_REQUESTED, the manager for TEAM_UNSEEN, 0 for the assessment
     */
    public String route(long subjectId) {
        return switch (this) {
            case RECOGNITION_RECEIVED -> "received";
            case TEAM_MEMBER_RECOGNISED -> "people/" + subjectId;
            case TEAM_UNSEEN -> TEAM_ROUTE;
            case REPORT_UPDATED -> "tell/mine";
            case CHECK_IN_REQUESTED -> "check-ins";
            case ASSESSMENT_OPENED, ASSESSMENT_CLOSING -> "assessment";
            case REPORT_FILED, REPORTER_WROTE, DEADLINE_NEAR, DEADLINE_PASSED -> "review/" + subjectId;
        };
    }
}
