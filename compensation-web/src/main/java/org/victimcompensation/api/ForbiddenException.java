package org.victimcompensation.api;

/** The caller has the role but a rule forbids this act, e.g. approving one's own recommendation. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String detail) {
        super(detail);
    }
}
