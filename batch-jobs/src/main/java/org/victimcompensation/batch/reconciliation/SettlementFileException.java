package org.victimcompensation.batch.reconciliation;

/** A settlement file that cannot be read; the message says why, for the person who uploaded it. */
public class SettlementFileException extends RuntimeException {
    public SettlementFileException(String message) {
        super(message);
    }

    public SettlementFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
