package org.victimcompensation.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.security.Access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The emergency award, decided first (two business days): capped by the schedule's emergency limit
 * and the category cap, in force and due at once. One transaction with the process step and the
 * audit entry.
 */
@Service
@Access.ClaimWork
class EmergencyDecisions {

    private final DecisionSteps steps;
    private final Claims claims;
    private final Awards awards;
    private final Payments payments;
    private final ReviewStore reviews;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Clock clock;

    EmergencyDecisions(DecisionSteps steps, Claims claims, Awards awards, Payments payments, ReviewStore reviews,
                       ClaimProcess process, AuditLog audit, Clock clock) {
        this.steps = steps;
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

    @Transactional
    @RetryOnConcurrentChange
    public EmergencyResult decide(String reference, StaffRequests.EmergencyDecision body, String actor) {
        steps.validate(body);
        ClaimRecord claim = steps.claim(reference);
        steps.requireHolderOrFree(claim, actor);
        WorkItem item = steps.openItem(reference, WorkItemType.EMERGENCY_REVIEW, "This claim has no emergency request waiting.");
        EmergencyResult result;
        if (body.approve()) {
            requireWithinLimit(claim, body);
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

    private void requireWithinLimit(ClaimRecord claim, StaffRequests.EmergencyDecision body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.category() == null) {
            errors.add(new FieldError("category", "is required to approve an emergency award"));
        }
        if (body.amount() == null || body.amount().isZero()) {
            errors.add(new FieldError("amount", "is required and must be more than zero to approve an emergency award"));
        }
        if (errors.isEmpty()) {
            Money limit = steps.schedule(claim).emergencyLimitFor(body.category());
            if (body.amount().isGreaterThan(limit)) {
                errors.add(new FieldError("amount", "exceeds the emergency award limit of " + limit + " for "
                        + body.category()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
