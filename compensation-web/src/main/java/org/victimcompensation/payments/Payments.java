package org.victimcompensation.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.AwardLine;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.domain.payment.PaymentPlan;
import org.victimcompensation.domain.payment.PaymentStatus;
import org.victimcompensation.domain.payment.PlannedPayment;
import org.victimcompensation.domain.payment.ReturnReason;
import org.victimcompensation.ledger.PaymentLedger;
import org.victimcompensation.security.Access;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The payments feature's API: awards in force become due payments (to a provider or the survivor);
 * the jobs in batch-jobs issue and reconcile them; a returned or refused payment is reissued here
 * with a corrected payee. The payee's name is sealed like all personal data. A payment is charged to
 * its funds when issued (the funding rule in force, see {@link FundingRules}); program staff may
 * re-charge it with a reason.
 */
@Service
public class Payments {

    private final JdbcClient jdbc;
    private final PaymentLedger ledger;
    private final Clock clock;
    private final AuditLog audit;

    Payments(JdbcClient jdbc, PaymentLedger ledger, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.audit = audit;
    }

    /** Claims among these with a payment neither settled nor replaced: money for them is still moving. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> withPaymentsOutstanding(Collection<UUID> claimIds) {
        Set<UUID> outstanding = new HashSet<>(claimIds);
        ledger.fullyPaidClaims(claimIds).forEach(outstanding::remove);
        return outstanding;
    }

    /** The retention purge: the claims' payments are kept as anonymous facts ({@link PaymentLedger#detachFromClaims}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int detachFromClaims(Collection<UUID> claimIds) {
        return ledger.detachFromClaims(claimIds);
    }

    /** {@code fundSource} and {@code grantAward} are null until the payment is issued. */
    public record PaymentView(String reference, ExpenseCategory category, Money amount, Payee payeeKind,
                              PaymentMethod method, FundSource fundSource, String grantAward, boolean propertyDamage,
                              PaymentStatus status,
                              String failureReason, String returnCode, String returnReason, String replaces) {
    }

    /** An emergency award is paid at once: it becomes due when decided. */
    @Transactional
    public void scheduleEmergency(UUID claimId, ClaimApplication claim, ExpenseCategory category, Money amount) {
        insert(claimId, claim, "EMERGENCY", PaymentPlan.forEmergencyAward(category, amount));
    }

    /** Final awards become due when the claim is approved: what is payable after any advance. */
    @Transactional
    public void scheduleFinal(UUID claimId, ClaimApplication claim, List<AwardLine> finalAwards) {
        Map<ExpenseCategory, Money> payable = new EnumMap<>(ExpenseCategory.class);
        finalAwards.stream().filter(a -> a.kind() == AwardLine.Kind.FINAL)
                .forEach(a -> payable.merge(a.category(), a.payable(), Money::plus));
        for (PlannedPayment planned : PaymentPlan.forFinalAward(payable, claim.expenses())) {
            insert(claimId, claim, "FINAL", planned);
        }
    }

    @Transactional(readOnly = true)
    public List<PaymentView> forClaim(UUID claimId) {
        return jdbc.sql("""
                        select p.*, r.reference as replaces_reference from payment p
                        left join payment r on r.id = p.replaces where p.claim_id = ? order by p.due_at, p.reference""")
                .param(claimId)
                .query((rs, i) -> new PaymentView(rs.getString("reference"),
                        ExpenseCategory.valueOf(rs.getString("category")), Money.of(rs.getBigDecimal("amount")),
                        Payee.valueOf(rs.getString("payee_kind")), PaymentMethod.valueOf(rs.getString("method")),
                        rs.getString("fund_source") == null ? null : FundSource.valueOf(rs.getString("fund_source")),
                        rs.getString("grant_award"), rs.getBoolean("property_damage"),
                        PaymentStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
                        rs.getString("return_code"),
                        rs.getString("status").equals("RETURNED") || rs.getString("return_code") != null
                                ? ReturnReason.inWords(rs.getString("return_code")) : null,
                        rs.getString("replaces_reference")))
                .list();
    }

    /** The claim a payment belongs to, for a caseworker with a payment reference from the bank or a payee. */
    @Transactional(readOnly = true)
    public Optional<UUID> claimOf(String paymentReference) {
        return jdbc.sql("select claim_id from payment where reference = ?").param(paymentReference)
                .query((rs, i) -> rs.getObject("claim_id", UUID.class)).optional();
    }

    public record Reissued(String replaced, String reference, PaymentStatus status) {
    }

    /**
     * Replaces a returned or refused payment with a new due one, to the corrected payee (or the same
     * one), by ACH or the method asked for; the old one becomes REISSUED. The next payment run pays it.
     */
    @Transactional
    public Reissued reissue(String paymentReference, String correctedPayeeName, PaymentMethod method) {
        PaymentLedger.NotPaid old = ledger.lockForReissue(paymentReference)
                .orElseThrow(() -> new NotFoundException("No payment has this reference."));
        String reference = ledger.reissue(old.id(), correctedPayeeName != null ? correctedPayeeName : old.payeeName(),
                        method != null ? method : old.method(), clock.instant())
                .orElseThrow(() -> new ConflictException("Only a returned or refused payment can be reissued."));
        return new Reissued(paymentReference, reference, PaymentStatus.DUE);
    }

    public record Recharged(String reference, FundSource fundSource, String grantAward, FundSource previousFundSource,
                            String previousGrantAward) {
    }

    /**
     * Charges an issued payment to another fund source (as when the federal financial report is
     * reconciled), with the reason kept beside the payment and the change audited on its claim.
     */
    @Transactional
    @Access.ProgramOperations
    Recharged recharge(String paymentReference, FundSource fundSource, String grantAward, String reason, String actor) {
        String award = grantAward == null || grantAward.isBlank() ? null : grantAward.strip();
        String problem = fundSource.grantAwardProblem(award);
        if (problem != null) {
            throw new InvalidRequestException("grantAward", problem);
        }
        PaymentLedger.Recharge result = ledger.recharge(paymentReference, fundSource, award, reason.strip(), actor, clock.instant());
        if (result instanceof PaymentLedger.Recharge.NoSuchPayment) {
            throw new NotFoundException("No payment has this reference.");
        }
        if (!(result instanceof PaymentLedger.Recharge.Done done)) {
            throw new ConflictException("The payment is not issued yet: its fund source is recorded when it is issued.");
        }
        audit.record(actor, AuditAction.FUND_SOURCE_CHANGED, done.claimReference(), "payment " + paymentReference + ": "
                + done.before() + charged(done.awardBefore()) + " to " + fundSource + charged(award));
        return new Recharged(paymentReference, fundSource, award, done.before(), done.awardBefore());
    }

    private static String charged(String award) {
        return award == null ? "" : " (" + award + ")";
    }

    /** A new payment is due at once and goes by ACH; a reissue may switch it to a check. */
    private void insert(UUID claimId, ClaimApplication claim, String awardKind, PlannedPayment planned) {
        ClaimApplication.Applicant applicant = claim.applicant();
        String payeeName = planned.payeeKind() == Payee.PROVIDER ? planned.providerName()
                : applicant.firstName() + " " + applicant.lastName();
        ledger.addDue(new PaymentLedger.NewPayment(claimId, awardKind, planned.category(), planned.amount(),
                planned.payeeKind(), payeeName, PaymentMethod.ACH, planned.category() == ExpenseCategory.PROPERTY_DAMAGE),
                clock.instant());
    }
}
