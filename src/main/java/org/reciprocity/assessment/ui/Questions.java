package org.reciprocity.assessment.ui;

/** The translation keys of the three questions, their help texts and their five worded anchors. */
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

    /** The short name of the question in charts and tables. */
    static String shortName(int question) {
        return "assessment.history.q" + question;
    }
}
