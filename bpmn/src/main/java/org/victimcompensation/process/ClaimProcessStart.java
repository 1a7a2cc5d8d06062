package org.victimcompensation.process;

import java.time.Instant;
import java.util.UUID;

/**
 * What the process needs to start: ids and flags only. No name, date of birth or description ever
 * reaches the engine's tables or its history.
 */
public record ClaimProcessStart(UUID claimId, String claimReference, boolean emergencyRequested, Instant emergencyDue,
                                boolean fatalCrime, boolean domesticViolence, boolean minorVictim,
                                boolean withinFilingWindow) {
}
