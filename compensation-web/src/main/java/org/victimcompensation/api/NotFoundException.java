package org.victimcompensation.api;

/** 404; the detail never says whether a reference exists. */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("No claim matches this reference and access code.");
    }

    public NotFoundException(String detail) {
        super(detail);
    }
}
