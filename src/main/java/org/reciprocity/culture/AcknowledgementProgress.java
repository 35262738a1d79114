package org.reciprocity.culture;

/** How many employees have read and acknowledged the current version. */
public record AcknowledgementProgress(int version, long acknowledged, long employees) {

    public long pending() {
        return Math.max(0, employees - acknowledged);
    }
}
