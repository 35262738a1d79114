package org.reciprocity.reporting;

/** Which side wrote a message: the reporter or the company (HR). Never a person's identity. */
public enum ReportAuthor {
    REPORTER, COMPANY
}
