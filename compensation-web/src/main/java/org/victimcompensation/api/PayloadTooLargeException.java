package org.victimcompensation.api;

public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
