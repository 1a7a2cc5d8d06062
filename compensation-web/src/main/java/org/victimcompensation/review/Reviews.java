package org.victimcompensation.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.api.UnprocessableException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.award.Award;
import org.victimcompensation.domain.award.AwardCalculator;
import org.victimcompensation.domain.award.AwardDecision;
import org.victimcompensation.domain.award.BenefitSchedule;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.fairprocess.DenialFacts;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.fairprocess.FairProcess;
import org.victimcompensation.letters.LetterFacts;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ReviewOutcome;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.security.Access;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's review: ask for information, approve awards (a supervisor approves above the
 * schedule's threshold) or deny with a reason (contributory conduct always goes to a supervisor) that
 * the fair-process rules allow.
 * One transaction with the process step and the audit entry.
 */
@Service
@Access.ClaimWork
class Reviews {

    private final DecisionSteps steps;
    private final Claims claims;
    private final Awards awards;
    private final ReviewStore reviews;
    private final FairProcess fairProcess;
    private final Letters letters;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Clock clock;

    Reviews(DecisionSteps steps, Claims claims, Awards awards, ReviewStore reviews, FairProcess fairProcess,
            Letters letters, ClaimProcess process, AuditLog audit, Clock clock) {
        this.letters = letters;
        this.fairProcess = fairProcess;
        this.steps = steps;
        this.claims = claims;
        this.awards = awards;
        this.reviews = reviews;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    record ReviewResult(ReviewOutcome decision, ClaimStatus status, boolean needsSupervisorApproval,
                        List<Award> awards, Money total, Money emergencyAdvance, Money payable) {
    }

    @Transactional
    @RetryOnConcurrentChange
    public ReviewResult review(String reference, StaffRequests.Review body, String actor) {
        steps.validate(body);
        ClaimRecord claim = steps.claim(reference);
        steps.requireHolderOrFree(claim, actor);
        WorkItem item = steps.openItem(reference, WorkItemType.REVIEW, "This claim is not waiting for a review.");
        ReviewResult result = switch (body.decision()) {
            case REQUEST_INFO -> requestInformation(claim, item, body, actor);
            case APPROVE -> approve(claim, item, body, actor);
            case DENY -> deny(claim, item, body, actor);
        };
        audit.record(actor, AuditAction.REVIEW_DECISION, reference);
        return result;
    }

    private ReviewResult requestInformation(ClaimRecord claim, WorkItem item, StaffRequests.Review body, String actor) {
        if (body.reasonCode() != null) {
            throw new InvalidRequestException("reasonCode", "is only for a denial");
        }
        requireNoAwards(body);
        if (body.note().isBlank()) {
            throw new InvalidRequestException("note", "must say what information is needed");
        }
        reviews.insert(claim.id(), ReviewOutcome.REQUEST_INFO, null, body.note(), actor, clock.instant(), null, false);
        claims.moveTo(claim.id(), ClaimStatus.INFO_REQUESTED, actor, ClaimEvent.Kind.INFORMATION_REQUESTED);
        letters.issue(LetterFacts.informationRequest(claim.id(), claim.reference(), claim.preferredLanguage(),
                steps.today(), body.note()));
        process.completeReview(item, ReviewOutcome.REQUEST_INFO, false, null);
        return new ReviewResult(ReviewOutcome.REQUEST_INFO, ClaimStatus.INFO_REQUESTED, false, List.of(), null, null, null);
    }

    private ReviewResult approve(ClaimRecord claim, WorkItem item, StaffRequests.Review body, String actor) {
        if (body.reasonCode() != null) {
            throw new InvalidRequestException("reasonCode", "is only for a denial");
        }
        if (body.awards() == null || body.awards().isEmpty()) {
            throw new InvalidRequestException("awards", "are required to approve: one per expense category");
        }
        Map<ExpenseCategory, Money> recommended = new EnumMap<>(ExpenseCategory.class);
        for (int i = 0; i < body.awards().size(); i++) {
            StaffRequests.AwardRequest award = body.awards().get(i);
            if (recommended.put(award.category(), award.amount()) != null) {
                throw new InvalidRequestException("awards[" + i + "].category", "appears more than once");
            }
        }
        BenefitSchedule schedule = steps.schedule(claim);
        ClaimApplication application = claim.application();
        AwardDecision decision = AwardCalculator.calculate(schedule, application.claimedByCategory(), recommended,
                application.collateralTotal(), awards.emergencyPaid(claim.id()));
        boolean needsApproval = decision.total().isGreaterThan(schedule.supervisorApprovalAbove());
        long reviewId = reviews.insert(claim.id(), ReviewOutcome.APPROVE, null, body.note(), actor, clock.instant(),
                decision.total(), needsApproval);
        awards.recordProposed(claim.id(), reviewId, decision);
        if (needsApproval) {
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.REVIEW_RECOMMENDED_APPROVAL);
        } else {
            steps.approve(claim, reviewId, actor);
        }
        process.completeReview(item, ReviewOutcome.APPROVE, needsApproval, null);
        return new ReviewResult(ReviewOutcome.APPROVE, needsApproval ? ClaimStatus.IN_REVIEW : ClaimStatus.APPROVED,
                needsApproval, decision.awards(), decision.total(), decision.emergencyAdvance(), decision.payable());
    }

    private ReviewResult deny(ClaimRecord claim, WorkItem item, StaffRequests.Review body, String actor) {
        if (body.reasonCode() == null) {
            throw new InvalidRequestException("reasonCode", "is required to deny");
        }
        requireNoAwards(body);
        if (body.reasonCode().needsNote() && body.note().isBlank()) {
            throw new InvalidRequestException("note", "must explain a denial for reason OTHER");
        }
        ClaimApplication.Crime crime = claim.application().crime();
        fairProcess.inForce().refusal(new DenialFacts(body.reasonCode(), body.note(), crime.type(), crime.flags(),
                        claim.withinFilingWindow(), reviews.goodCause(claim.id()).isPresent(),
                        reviews.survivorAskedForInformation(claim.id()),
                        reviews.verificationRequests(claim.id()).stream().filter(r -> r.answeredAt() == null)
                                .map(ReviewStore.VerificationRequest::dueOn).toList()))
                .ifPresent(why -> {
                    throw new UnprocessableException(why);
                });
        boolean needsApproval = body.reasonCode().needsSupervisorApproval();
        reviews.insert(claim.id(), ReviewOutcome.DENY, body.reasonCode(), body.note(), actor, clock.instant(), null,
                needsApproval);
        Instant appealBy = null;
        if (needsApproval) {
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.REVIEW_RECOMMENDED_DENIAL);
        } else {
            appealBy = steps.deny(claim, body.reasonCode(), body.note(), actor);
        }
        process.completeReview(item, ReviewOutcome.DENY, needsApproval, appealBy);
        return new ReviewResult(ReviewOutcome.DENY, needsApproval ? ClaimStatus.IN_REVIEW : ClaimStatus.DENIED,
                needsApproval, List.of(), null, null, null);
    }

    private static void requireNoAwards(StaffRequests.Review body) {
        if (body.awards() != null && !body.awards().isEmpty()) {
            throw new InvalidRequestException("awards", "are only for an approval");
        }
    }
}
