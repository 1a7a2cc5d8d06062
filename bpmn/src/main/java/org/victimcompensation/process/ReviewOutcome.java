package org.victimcompensation.process;

public enum ReviewOutcome {
    APPROVE, DENY, REQUEST_INFO
}
