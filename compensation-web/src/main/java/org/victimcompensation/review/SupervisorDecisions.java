package org.victimcompensation.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.ForbiddenException;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.letters.LetterFacts;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ReviewOutcome;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.security.Access;

import java.time.Clock;
import java.time.Instant;

/**
 * A supervisor's decisions: a recommendation waiting for approval (never the reviewer's own), or an
 * appeal (decided by someone who took no part in the denial). One transaction with the process step
 * and the audit entry.
 */
@Service
@Access.SupervisorDecision
class SupervisorDecisions {

    private final DecisionSteps steps;
    private final Claims claims;
    private final ReviewStore reviews;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Letters letters;
    private final Clock clock;

    SupervisorDecisions(DecisionSteps steps, Claims claims, ReviewStore reviews, ClaimProcess process, AuditLog audit,
                        Letters letters, Clock clock) {
        this.letters = letters;
        this.steps = steps;
        this.claims = claims;
        this.reviews = reviews;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    record ApprovalResult(WorkItemType decided, boolean approved, ClaimStatus status) {
    }

    @Transactional
    @RetryOnConcurrentChange
    public ApprovalResult decide(String reference, StaffRequests.Approval body, String actor) {
        steps.validate(body);
        ClaimRecord claim = steps.claim(reference);
        var approval = process.openWorkItem(reference, WorkItemType.SUPERVISOR_APPROVAL);
        if (approval.isPresent()) {
            return decideRecommendation(claim, approval.get(), body, actor);
        }
        var appeal = process.openWorkItem(reference, WorkItemType.APPEAL_REVIEW);
        if (appeal.isPresent()) {
            return decideAppeal(claim, appeal.get(), body, actor);
        }
        throw new ConflictException("This claim has no decision waiting for a supervisor.");
    }

    private ApprovalResult decideRecommendation(ClaimRecord claim, WorkItem item, StaffRequests.Approval body, String actor) {
        ReviewStore.Review review = reviews.latest(claim.id()).orElseThrow();
        if (review.reviewedBy().equals(actor)) {
            throw new ForbiddenException("You cannot approve your own recommendation: another supervisor must decide.");
        }
        ClaimStatus status = ClaimStatus.IN_REVIEW;
        Instant appealBy = null;
        if (body.approve()) {
            reviews.recordApproval(review.id(), "APPROVED", body.note(), actor, clock.instant());
            if (review.decision() == ReviewOutcome.APPROVE) {
                steps.approve(claim, review.id(), actor);
                status = ClaimStatus.APPROVED;
            } else {
                appealBy = steps.deny(claim, review.reasonCode(), review.note(), actor);
                status = ClaimStatus.DENIED;
            }
        } else {
            reviews.recordApproval(review.id(), "RETURNED", body.note(), actor, clock.instant());
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.SUPERVISOR_RETURNED);
        }
        process.completeApproval(item, body.approve(), appealBy);
        audit.record(actor, AuditAction.APPROVAL_DECISION, claim.reference());
        return new ApprovalResult(WorkItemType.SUPERVISOR_APPROVAL, body.approve(), status);
    }

    private ApprovalResult decideAppeal(ClaimRecord claim, WorkItem item, StaffRequests.Approval body, String actor) {
        ReviewStore.Review denial = reviews.latest(claim.id()).orElseThrow();
        if (actor.equals(denial.reviewedBy()) || actor.equals(denial.approvedBy())) {
            throw new ForbiddenException("An appeal is decided by someone who took no part in the denial.");
        }
        ClaimStatus status;
        if (body.approve()) {
            claims.reopenAfterAppeal(claim.id(), actor);
            letters.issue(LetterFacts.appealDecision(claim.id(), claim.reference(), claim.preferredLanguage(),
                    steps.today(), true, null));
            status = ClaimStatus.IN_REVIEW;
        } else {
            DenialReason reason = claim.decision() == null ? denial.reasonCode() : claim.decision().reason();
            claims.recordDecision(claim.id(), ClaimStatus.DENIED, reason, denial.note(), null, actor, ClaimEvent.Kind.APPEAL_DENIED);
            letters.issue(LetterFacts.appealDecision(claim.id(), claim.reference(), claim.preferredLanguage(),
                    steps.today(), false, reason.explained(claim.preferredLanguage(), denial.note())));
            status = ClaimStatus.DENIED;
        }
        process.completeAppealReview(item, body.approve());
        audit.record(actor, AuditAction.APPEAL_DECISION, claim.reference());
        return new ApprovalResult(WorkItemType.APPEAL_REVIEW, body.approve(), status);
    }
}
