package org.victimcompensation.batch.reporting;

/** The figures disagree with each other; the report is not written. */
public class ReportInconsistentException extends RuntimeException {
    public ReportInconsistentException(String message) {
        super(message);
    }
}
