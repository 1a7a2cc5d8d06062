package org.victimcompensation.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.fairprocess.GoodCauseGround;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.victimcompensation.security.Access;

/**
 * What the fair-process rules ask a caseworker to record before some decisions: the good-cause
 * finding on a late claim, and information asked of a provider (and its answer). Each one transaction
 * with its audit entry.
 */
@Service
@Access.ClaimWork
class FairProcessRecords {

    private static final Set<ClaimStatus> DECIDED = Set.of(ClaimStatus.APPROVED, ClaimStatus.DENIED, ClaimStatus.PAID,
            ClaimStatus.CLOSED, ClaimStatus.WITHDRAWN);

    private final DecisionSteps steps;
    private final ReviewStore reviews;
    private final AuditLog audit;
    private final Clock clock;

    FairProcessRecords(DecisionSteps steps, ReviewStore reviews, AuditLog audit, Clock clock) {
        this.steps = steps;
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    record GoodCauseResult(boolean goodCause, List<GoodCauseGround> grounds) {
    }

    record VerificationResult(long id, LocalDate dueOn, boolean answered) {
    }

    @Transactional
    public GoodCauseResult recordGoodCause(String reference, StaffRequests.GoodCause body, String actor) {
        steps.validate(body);
        ClaimRecord claim = open(reference);
        if (claim.withinFilingWindow()) {
            throw new ConflictException("This claim was filed within the filing window: no good-cause finding is needed.");
        }
        List<GoodCauseGround> grounds = body.grounds() == null ? List.of() : body.grounds().stream().distinct().toList();
        if (body.goodCause() && grounds.isEmpty()) {
            throw new InvalidRequestException("grounds", "must name at least one ground when good cause is found");
        }
        if (!body.goodCause() && !grounds.isEmpty()) {
            throw new InvalidRequestException("grounds", "are only for a finding of good cause");
        }
        if (body.note().isBlank() && (!body.goodCause() || grounds.contains(GoodCauseGround.OTHER))) {
            throw new InvalidRequestException("note", body.goodCause() ? "must say what the other ground is"
                    : "must explain why no good cause was found");
        }
        reviews.insertGoodCause(claim.id(), new ReviewStore.GoodCauseFinding(body.goodCause(), grounds, body.note(), actor,
                clock.instant()));
        audit.record(actor, AuditAction.GOOD_CAUSE_FINDING, reference);
        return new GoodCauseResult(body.goodCause(), grounds);
    }

    @Transactional
    public VerificationResult requestVerification(String reference, StaffRequests.VerificationRequest body, String actor) {
        steps.validate(body);
        ClaimRecord claim = open(reference);
        long id = reviews.insertVerificationRequest(claim.id(), body.note(), body.dueOn(), actor, clock.instant());
        audit.record(actor, AuditAction.VERIFICATION_REQUEST, reference);
        return new VerificationResult(id, body.dueOn(), false);
    }

    /** The provider answered (whatever the answer): the request no longer stands in the way of anything. */
    @Transactional
    public VerificationResult recordVerificationAnswer(String reference, long requestId, String actor) {
        ClaimRecord claim = steps.claim(reference);
        if (!reviews.answerVerificationRequest(claim.id(), requestId, actor, clock.instant())) {
            throw new NotFoundException("This claim has no open verification request with this id.");
        }
        audit.record(actor, AuditAction.VERIFICATION_REQUEST, reference);
        LocalDate dueOn = reviews.verificationRequests(claim.id()).stream().filter(r -> r.id() == requestId)
                .findFirst().orElseThrow().dueOn();
        return new VerificationResult(requestId, dueOn, true);
    }

    private ClaimRecord open(String reference) {
        ClaimRecord claim = steps.claim(reference);
        if (DECIDED.contains(claim.status())) {
            throw new ConflictException("This claim is not open for review.");
        }
        return claim;
    }
}
