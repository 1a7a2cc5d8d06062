package org.victimcompensation.api;

/** One entry of a problem's {@code errors} list. */
public record FieldError(String field, String message) {
}
