package org.victimcompensation.claims;

import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.DenialReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored claim as the rest of the service sees it: already decrypted, never a row. */
public record ClaimRecord(UUID id, String reference, ClaimStatus status, ClaimApplication application,
                          Instant submittedAt, boolean withinFilingWindow, boolean possibleDuplicate,
                          String victimAgeBand, Decision decision) {

    /** The standing decision, once there is one; the note explains a denial for reason OTHER. */
    public record Decision(ClaimStatus outcome, DenialReason reason, String note, Instant decidedAt, LocalDate appealBy) {
    }

    public String preferredLanguage() {
        return application.applicant().preferredLanguage();
    }
}
