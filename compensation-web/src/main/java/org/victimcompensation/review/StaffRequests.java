package org.victimcompensation.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.fairprocess.GoodCauseGround;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.process.ReviewOutcome;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the staff decision endpoints (PRODUCT.md section 4). */
final class StaffRequests {

    private StaffRequests() {
    }

    record EmergencyDecision(@NotNull Boolean approve, Money amount, ExpenseCategory category,
                             @NotNull @Size(max = 4000) String note) {
    }

    record Review(@NotNull ReviewOutcome decision, DenialReason reasonCode,
                  @Size(max = 13) List<@NotNull @Valid AwardRequest> awards,
                  @NotNull @Size(max = 4000) String note) {
    }

    record AwardRequest(@NotNull ExpenseCategory category, @NotNull Money amount) {
    }

    /** The good-cause finding on a late claim: grounds when good cause was found (OTHER with a note), a note when not. */
    record GoodCause(@NotNull Boolean goodCause, @Size(max = 7) List<@NotNull GoodCauseGround> grounds,
                     @NotNull @Size(max = 4000) String note) {
    }

    /** Information asked of a provider, answered by the due date (a missing answer never denies). */
    record VerificationRequest(@NotNull @Size(min = 1, max = 4000) String note, @NotNull @Future LocalDate dueOn) {
    }

    record Approval(@NotNull Boolean approve, @NotNull @Size(max = 4000) String note) {
    }

    /** A caseworker's internal note: staff only, sealed at rest. */
    record Note(@NotBlank @Size(max = 4000) @PlainText(multiline = true) String text) {
    }

    /**
     * A supervisor gives many claims to one person. Claims someone else holds are reported, not
     * taken from them, unless {@code reassign} is true.
     */
    record BulkAssignment(@NotNull @Size(min = 1, max = 100) String username,
                          @NotNull @Size(min = 1, max = ClaimAssignments.MAX_BULK) List<@NotNull @Size(min = 1, max = 40) String> claimReferences,
                          Boolean reassign) {
    }
}
