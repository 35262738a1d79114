package org.reciprocity.reporting;

/**
 * What the reporter gets back, once: the receipt code (four groups of four characters) and the deadlines the
 * company promises.
 */
public record ReportReceipt(String code, boolean named, ReportDeadlines deadlines) {
}
