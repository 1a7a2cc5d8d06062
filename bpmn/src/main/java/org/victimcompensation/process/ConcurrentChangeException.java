package org.victimcompensation.process;

/**
 * The process moved on at the same moment (the job executor ran a step, or another person acted):
 * nothing was changed, and the whole transaction may simply be tried again.
 */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(Throwable cause) {
        super("the claim's process changed concurrently", cause);
    }
}
