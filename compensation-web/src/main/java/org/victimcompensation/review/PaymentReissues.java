package org.victimcompensation.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.security.Access;

/**
 * A caseworker's REISSUE work: correct the payee, schedule the new payment, close the work item.
 * Claim work, so it lives with the other staff decisions and records the claim's event.
 */
@Component
class PaymentReissues {

    private final Payments payments;
    private final ClaimProcess process;
    private final Claims claims;
    private final AuditLog audit;
    private final DecisionSteps steps;

    PaymentReissues(Payments payments, ClaimProcess process, Claims claims, AuditLog audit, DecisionSteps steps) {
        this.steps = steps;
        this.payments = payments;
        this.process = process;
        this.claims = claims;
        this.audit = audit;
    }

    @Transactional
    @RetryOnConcurrentChange
    @Access.ClaimWork
    Payments.Reissued reissue(String paymentReference, String payeeName, PaymentMethod method, String actor) {
        WorkItem item = process.openReissueItem(paymentReference)
                .orElseThrow(() -> new ConflictException("No reissue is waiting for this payment."));
        ClaimRecord claim = steps.claim(item.claimReference());
        steps.requireHolderOrFree(claim, actor);
        Payments.Reissued reissued = payments.reissue(paymentReference, payeeName, method);
        process.completeReissue(item);
        claims.recordEvent(claim.id(), actor, ClaimEvent.Kind.PAYMENT_REISSUED);
        audit.record(actor, AuditAction.PAYMENT_REISSUE, item.claimReference());
        return reissued;
    }
}
