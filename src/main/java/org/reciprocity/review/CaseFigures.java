package org.reciprocity.review;

/**
 * Counts over all cases for code that runs for nobody in particular — the operations metrics that Prometheus
 * scrapes, with no one signed in. A number names no case and no person; who may see a case is decided in
 * {@link ReviewQueue}, which answers HR with the same figure.
 */
public interface CaseFigures {

    /** Cases whose next deadline has passed, now. */
    long overdueNow();
}
