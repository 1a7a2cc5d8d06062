package org.victimcompensation.payments;

import org.victimcompensation.security.Access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.WorkItem;

import java.util.UUID;

/** A caseworker's REISSUE work: correct the payee, schedule the new payment, close the work item. */
@Component
class PaymentReissues {

    private final Payments payments;
    private final ClaimProcess process;
    private final Claims claims;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    PaymentReissues(Payments payments, ClaimProcess process, Claims claims, AuditLog audit, JdbcClient jdbc) {
        this.payments = payments;
        this.process = process;
        this.claims = claims;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    @RetryOnConcurrentChange
    @Access.ClaimWork
    Payments.Reissued reissue(String paymentReference, String payeeName, PaymentMethod method, String actor) {
        WorkItem item = process.openReissueItem(paymentReference)
                .orElseThrow(() -> new ConflictException("No reissue is waiting for this payment."));
        Payments.Reissued reissued = payments.reissue(paymentReference, payeeName, method);
        process.completeReissue(item);
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(item.claimReference())
                .query(UUID.class).single();
        claims.recordEvent(claimId, actor, ClaimEvent.Kind.PAYMENT_REISSUED);
        audit.record(actor, AuditAction.PAYMENT_REISSUE, item.claimReference());
        return reissued;
    }
}
