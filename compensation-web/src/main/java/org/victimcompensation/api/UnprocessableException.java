package org.victimcompensation.api;

/** Well-formed, but contradicts what was sent before (an idempotency key reused for another body): 422. */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String detail) {
        super(detail);
    }
}
