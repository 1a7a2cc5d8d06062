package org.victimcompensation.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 404; the detail never says whether a reference exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("No claim matches this reference and access code.");
    }

    public NotFoundException(String detail) {
        super(detail);
    }
}
