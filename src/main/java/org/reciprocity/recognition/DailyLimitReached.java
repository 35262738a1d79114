package org.reciprocity.recognition;

/**
 * The giver has already given {@code givenToday} recognitions today, at or over the soft limit. Nothing was
 * saved; giving again with {@link GiveRecognition#confirmingOverLimit()} records it anyway.
 */
public class DailyLimitReached extends RecognitionException {

    private final int limit;
    private final int givenToday;

    DailyLimitReached(int limit, int givenToday) {
        super("story", "recognition.give.limit");
        this.limit = limit;
        this.givenToday = givenToday;
    }

    public int limit() {
        return limit;
    }

    public int givenToday() {
        return givenToday;
    }
}
