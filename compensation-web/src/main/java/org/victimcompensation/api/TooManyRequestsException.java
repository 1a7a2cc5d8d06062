package org.victimcompensation.api;

public class TooManyRequestsException extends RuntimeException {
    public TooManyRequestsException() {
        super("Too many attempts with a wrong reference or access code. Please wait before trying again.");
    }
}
