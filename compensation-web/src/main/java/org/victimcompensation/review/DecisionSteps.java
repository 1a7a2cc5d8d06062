package org.victimcompensation.review;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.award.BenefitSchedule;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.awards.AwardLine;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.letters.LetterFacts;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The steps the staff decisions share, each written once: a decision needs its claim and its open
 * work item; an approval confirms the awards and makes them due; a denial opens the appeal window.
 * Callers run inside their own transaction.
 */
@Component
class DecisionSteps {

    private final Claims claims;
    private final Awards awards;
    private final Payments payments;
    private final ClaimProcess process;
    private final Letters letters;
    private final Clock clock;
    private final Validator validator;
    private final AssignmentStore holders;

    DecisionSteps(Claims claims, Awards awards, Payments payments, ClaimProcess process, Letters letters, Clock clock,
                  Validator validator, AssignmentStore holders) {
        this.holders = holders;
        this.letters = letters;
        this.claims = claims;
        this.awards = awards;
        this.payments = payments;
        this.process = process;
        this.clock = clock;
        this.validator = validator;
    }

    /** The API checks bodies on the way in; console forms arrive here unchecked, so both meet the same limits here. */
    void validate(Object body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
    }

    ClaimRecord claim(String reference) {
        return claims.find(reference).orElseThrow(() -> new NotFoundException("No claim has this reference."));
    }

    /**
     * Casework on a held claim is decided by its holder: another caseworker gets 409 and must ask
     * for it. A supervisor may still decide (and reassigns anyway); a free claim is anyone's.
     */
    void requireHolderOrFree(ClaimRecord claim, String actor) {
        holders.holder(claim.id()).filter(holder -> !holder.equals(actor))
                .filter(holder -> !CurrentStaff.roles().contains(StaffRole.SUPERVISOR))
                .ifPresent(holder -> {
                    throw new ConflictException(holder + " holds this claim; only they or a supervisor can decide it.");
                });
    }

    WorkItem openItem(String reference, WorkItemType type, String whenMissing) {
        return process.openWorkItem(reference, type).orElseThrow(() -> new ConflictException(whenMissing));
    }

    BenefitSchedule schedule(ClaimRecord claim) {
        return awards.schedules().inForceOn(claim.application().crime().occurredOn());
    }

    /** The review's awards stand: they are confirmed, become due payments, the claim is APPROVED and the letter says what was awarded. */
    void approve(ClaimRecord claim, long reviewId, String actor) {
        awards.confirm(reviewId);
        payments.scheduleFinal(claim.id(), claim.application(), awards.ofReview(reviewId));
        claims.recordDecision(claim.id(), ClaimStatus.APPROVED, null, null, null, actor, ClaimEvent.Kind.APPROVED);
        List<AwardLine> inForce = awards.inForce(claim.id());
        List<LetterFacts.AwardFact> finals = inForce.stream().filter(a -> a.kind() == AwardLine.Kind.FINAL)
                .map(a -> new LetterFacts.AwardFact(a.category(), a.amount())).toList();
        letters.issue(LetterFacts.approval(claim.id(), claim.reference(), claim.preferredLanguage(), today(), finals,
                finals.stream().map(LetterFacts.AwardFact::amount).reduce(Money.ZERO, Money::plus),
                inForce.stream().filter(a -> a.kind() == AwardLine.Kind.EMERGENCY).map(AwardLine::amount)
                        .reduce(Money.ZERO, Money::plus)));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The claim is DENIED with its reason; answers the end of the appeal window, for the process's timer. */
    Instant deny(ClaimRecord claim, DenialReason reason, String note, String actor) {
        LocalDate appealBy = today().plus(schedule(claim).appealWindow());
        claims.recordDecision(claim.id(), ClaimStatus.DENIED, reason, note, appealBy, actor, ClaimEvent.Kind.DENIED);
        letters.issue(LetterFacts.denial(claim.id(), claim.reference(), claim.preferredLanguage(), today(),
                reason.explained(claim.preferredLanguage(), note), appealBy));
        return appealBy.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
