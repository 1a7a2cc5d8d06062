package org.victimcompensation.review;

import org.victimcompensation.security.Access;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.ForbiddenException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.award.AwardCalculator;
import org.victimcompensation.domain.award.AwardDecision;
import org.victimcompensation.domain.award.BenefitSchedule;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ReviewOutcome;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Staff decisions on a claim: the emergency award, the review with its awards, the supervisor's
 * approval and the appeal. Each is one transaction covering our tables, the process and the audit
 * entry; each needs the matching open work item, or answers 409.
 */
@Service
@Access.ClaimWork
class StaffDecisions {

    private final Claims claims;
    private final Awards awards;
    private final ReviewStore reviews;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Payments payments;
    private final Clock clock;
    private final Validator validator;

    StaffDecisions(Claims claims, Awards awards, ReviewStore reviews, ClaimProcess process, AuditLog audit,
                   Payments payments, Clock clock, Validator validator) {
        this.validator = validator;
        this.claims = claims;
        this.awards = awards;
        this.payments = payments;
        this.reviews = reviews;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    record EmergencyResult(boolean approved, ExpenseCategory category, Money amount) {
    }

    record ReviewResult(ReviewOutcome decision, ClaimStatus status, boolean needsSupervisorApproval,
                        List<org.victimcompensation.domain.award.Award> awards, Money total, Money emergencyAdvance,
                        Money payable) {
    }

    record ApprovalResult(WorkItemType decided, boolean approved, ClaimStatus status) {
    }

    @Transactional
    @RetryOnConcurrentChange
    public EmergencyResult decideEmergency(String reference, StaffRequests.EmergencyDecision body, String actor) {
        validate(body);
        ClaimRecord claim = claim(reference);
        WorkItem item = openItem(reference, WorkItemType.EMERGENCY_REVIEW, "This claim has no emergency request waiting.");
        EmergencyResult result;
        if (body.approve()) {
            List<FieldError> errors = new ArrayList<>();
            if (body.category() == null) {
                errors.add(new FieldError("category", "is required to approve an emergency award"));
            }
            if (body.amount() == null || body.amount().isZero()) {
                errors.add(new FieldError("amount", "is required and must be more than zero to approve an emergency award"));
            }
            if (errors.isEmpty()) {
                Money limit = schedule(claim).emergencyLimitFor(body.category());
                if (body.amount().isGreaterThan(limit)) {
                    errors.add(new FieldError("amount", "exceeds the emergency award limit of " + limit + " for "
                            + body.category()));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            awards.recordEmergency(claim.id(), body.category(), body.amount());
            payments.scheduleEmergency(claim.id(), claim.application(), body.category(), body.amount());
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.EMERGENCY_AWARD_APPROVED);
            result = new EmergencyResult(true, body.category(), body.amount());
        } else {
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.EMERGENCY_AWARD_DECLINED);
            result = new EmergencyResult(false, null, null);
        }
        reviews.insertEmergency(claim.id(), new ReviewStore.EmergencyDecision(result.approved(),
                result.category() == null ? null : result.category().name(), result.amount(), body.note(), actor,
                clock.instant()));
        process.completeEmergencyReview(item);
        audit.record(actor, AuditAction.EMERGENCY_DECISION, reference);
        return result;
    }

    @Transactional
    @RetryOnConcurrentChange
    public ReviewResult review(String reference, StaffRequests.Review body, String actor) {
        validate(body);
        ClaimRecord claim = claim(reference);
        WorkItem item = openItem(reference, WorkItemType.REVIEW, "This claim is not waiting for a review.");
        Instant now = clock.instant();
        BenefitSchedule schedule = schedule(claim);
        ReviewResult result = switch (body.decision()) {
            case REQUEST_INFO -> {
                requireNoAwardsOrReason(body);
                if (body.note().isBlank()) {
                    throw new InvalidRequestException("note", "must say what information is needed");
                }
                reviews.insert(claim.id(), ReviewOutcome.REQUEST_INFO, null, body.note(), actor, now, null, false);
                claims.moveTo(claim.id(), ClaimStatus.INFO_REQUESTED, actor, ClaimEvent.Kind.INFORMATION_REQUESTED);
                process.completeReview(item, ReviewOutcome.REQUEST_INFO, false, null);
                yield new ReviewResult(ReviewOutcome.REQUEST_INFO, ClaimStatus.INFO_REQUESTED, false, List.of(), null, null, null);
            }
            case APPROVE -> approve(claim, item, body, actor, now, schedule);
            case DENY -> deny(claim, item, body, actor, now, schedule);
        };
        audit.record(actor, AuditAction.REVIEW_DECISION, reference);
        return result;
    }

    private ReviewResult approve(ClaimRecord claim, WorkItem item, StaffRequests.Review body, String actor, Instant now,
                                 BenefitSchedule schedule) {
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
        ClaimApplication application = claim.application();
        AwardDecision decision = AwardCalculator.calculate(schedule, application.claimedByCategory(), recommended,
                application.collateralTotal(), awards.emergencyPaid(claim.id()));
        boolean needsApproval = decision.total().isGreaterThan(schedule.supervisorApprovalAbove());
        long reviewId = reviews.insert(claim.id(), ReviewOutcome.APPROVE, null, body.note(), actor, now,
                decision.total(), needsApproval);
        awards.recordProposed(claim.id(), reviewId, decision);
        ClaimStatus status = ClaimStatus.IN_REVIEW;
        if (needsApproval) {
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.REVIEW_RECOMMENDED_APPROVAL);
        } else {
            awards.confirm(reviewId);
            payments.scheduleFinal(claim.id(), claim.application(), awards.ofReview(reviewId));
            claims.recordDecision(claim.id(), ClaimStatus.APPROVED, null, null, null, actor, ClaimEvent.Kind.APPROVED);
            status = ClaimStatus.APPROVED;
        }
        process.completeReview(item, ReviewOutcome.APPROVE, needsApproval, null);
        return new ReviewResult(ReviewOutcome.APPROVE, status, needsApproval, decision.awards(), decision.total(),
                decision.emergencyAdvance(), decision.payable());
    }

    private ReviewResult deny(ClaimRecord claim, WorkItem item, StaffRequests.Review body, String actor, Instant now,
                              BenefitSchedule schedule) {
        if (body.reasonCode() == null) {
            throw new InvalidRequestException("reasonCode", "is required to deny");
        }
        if (body.awards() != null && !body.awards().isEmpty()) {
            throw new InvalidRequestException("awards", "are only for an approval");
        }
        if (body.reasonCode().needsNote() && body.note().isBlank()) {
            throw new InvalidRequestException("note", "must explain a denial for reason OTHER");
        }
        boolean needsApproval = body.reasonCode().needsSupervisorApproval();
        reviews.insert(claim.id(), ReviewOutcome.DENY, body.reasonCode(), body.note(), actor, now, null, needsApproval);
        ClaimStatus status = ClaimStatus.IN_REVIEW;
        Instant appealBy = null;
        if (needsApproval) {
            claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.REVIEW_RECOMMENDED_DENIAL);
        } else {
            LocalDate appealDate = appealBy(schedule);
            claims.recordDecision(claim.id(), ClaimStatus.DENIED, body.reasonCode(), body.note(), appealDate, actor, ClaimEvent.Kind.DENIED);
            appealBy = endOf(appealDate);
            status = ClaimStatus.DENIED;
        }
        process.completeReview(item, ReviewOutcome.DENY, needsApproval, appealBy);
        return new ReviewResult(ReviewOutcome.DENY, status, needsApproval, List.of(), null, null, null);
    }

    @Transactional
    @RetryOnConcurrentChange
    @Access.SupervisorDecision
    public ApprovalResult approval(String reference, StaffRequests.Approval body, String actor) {
        validate(body);
        ClaimRecord claim = claim(reference);
        var approval = process.openWorkItem(reference, WorkItemType.SUPERVISOR_APPROVAL);
        if (approval.isPresent()) {
            return decideApproval(claim, approval.get(), body, actor);
        }
        var appeal = process.openWorkItem(reference, WorkItemType.APPEAL_REVIEW);
        if (appeal.isPresent()) {
            return decideAppeal(claim, appeal.get(), body, actor);
        }
        throw new ConflictException("This claim has no decision waiting for a supervisor.");
    }

    private ApprovalResult decideApproval(ClaimRecord claim, WorkItem item, StaffRequests.Approval body, String actor) {
        ReviewStore.Review review = reviews.latest(claim.id()).orElseThrow();
        if (review.reviewedBy().equals(actor)) {
            throw new ForbiddenException("You cannot approve your own recommendation: another supervisor must decide.");
        }
        Instant now = clock.instant();
        ClaimStatus status = ClaimStatus.IN_REVIEW;
        Instant appealBy = null;
        if (body.approve()) {
            reviews.recordApproval(review.id(), "APPROVED", body.note(), actor, now);
            if (review.decision() == ReviewOutcome.APPROVE) {
                awards.confirm(review.id());
                payments.scheduleFinal(claim.id(), claim.application(), awards.ofReview(review.id()));
                claims.recordDecision(claim.id(), ClaimStatus.APPROVED, null, null, null, actor, ClaimEvent.Kind.APPROVED);
                status = ClaimStatus.APPROVED;
            } else {
                LocalDate appealDate = appealBy(schedule(claim));
                claims.recordDecision(claim.id(), ClaimStatus.DENIED, review.reasonCode(), review.note(), appealDate, actor, ClaimEvent.Kind.DENIED);
                appealBy = endOf(appealDate);
                status = ClaimStatus.DENIED;
            }
        } else {
            reviews.recordApproval(review.id(), "RETURNED", body.note(), actor, now);
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
            status = ClaimStatus.IN_REVIEW;
        } else {
            DenialReason reason = claim.decision() == null ? denial.reasonCode() : claim.decision().reason();
            claims.recordDecision(claim.id(), ClaimStatus.DENIED, reason, denial.note(), null, actor, ClaimEvent.Kind.APPEAL_DENIED);
            status = ClaimStatus.DENIED;
        }
        process.completeAppealReview(item, body.approve());
        audit.record(actor, AuditAction.APPEAL_DECISION, claim.reference());
        return new ApprovalResult(WorkItemType.APPEAL_REVIEW, body.approve(), status);
    }

    /** The API checks bodies on the way in; console forms arrive here unchecked, so both meet the same limits here. */
    private void validate(Object body) {
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
        }
    }

    private static void requireNoAwardsOrReason(StaffRequests.Review body) {
        if (body.reasonCode() != null) {
            throw new InvalidRequestException("reasonCode", "is only for a denial");
        }
        if (body.awards() != null && !body.awards().isEmpty()) {
            throw new InvalidRequestException("awards", "are only for an approval");
        }
    }

    private ClaimRecord claim(String reference) {
        return claims.find(reference).orElseThrow(() -> new NotFoundException("No claim has this reference."));
    }

    private WorkItem openItem(String reference, WorkItemType type, String whenMissing) {
        return process.openWorkItem(reference, type).orElseThrow(() -> new ConflictException(whenMissing));
    }

    private BenefitSchedule schedule(ClaimRecord claim) {
        return awards.schedules().inForceOn(claim.application().crime().occurredOn());
    }

    private LocalDate appealBy(BenefitSchedule schedule) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plus(schedule.appealWindow());
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

}
