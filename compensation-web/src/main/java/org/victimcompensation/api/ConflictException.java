package org.victimcompensation.api;

/** The request is fine but the claim is not in a state that allows it: 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
