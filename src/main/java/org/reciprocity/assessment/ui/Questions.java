package org.reciprocity.assessment.ui;

/** Translation keys: the three questions, their help texts and five worded anchors, and the enums the views name. */
final class Questions {

    static final int COUNT = 3;

    private Questions() {
    }

    static String title(int question) {
        return "assessment.q" + question + ".title";
    }

    static String help(int question) {
        return "assessment.q" + question + ".help";
    }

    static String anchor(int question, int score) {
        return "assessment.q" + question + ".a" + score;
    }

    static String status(org.reciprocity.assessment.AssessmentStatus status) {
        return "assessment.status." + status.name();
    }

    static String kept(org.reciprocity.assessment.Kept kept) {
        return "assessment.review.kept." + kept.name();
    }

    static String cadence(org.reciprocity.assessment.Cadence cadence) {
        return "assessment.overview.cadence." + cadence.name();
    }

    /** The short name of the question in charts and tables. */
    static String shortName(int question) {
        return "assessment.history.q" + question;
    }
}
