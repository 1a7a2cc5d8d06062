package org.victimcompensation.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.awards.AwardLine;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.domain.payment.PaymentPlan;
import org.victimcompensation.domain.payment.PaymentReference;
import org.victimcompensation.domain.payment.PaymentStatus;
import org.victimcompensation.domain.payment.PlannedPayment;
import org.victimcompensation.domain.payment.ReturnReason;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The payments feature's API: awards in force become due payments (to a provider or the survivor);
 * the jobs in batch-jobs issue and reconcile them; a returned or refused payment is reissued here
 * with a corrected payee. The payee's name is sealed like all personal data.
 */
@Service
public class Payments {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final Set<ExpenseCategory> federalCategories;
    private final SecureRandom random = new SecureRandom();

    Payments(JdbcClient jdbc, FieldCipher cipher, Clock clock,
             @Value("${compensation.payments.federal-voca-categories:}") Set<ExpenseCategory> federalCategories) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.federalCategories = federalCategories;
    }

    public record PaymentView(String reference, ExpenseCategory category, Money amount, Payee payeeKind,
                              PaymentMethod method, FundSource fundSource, boolean propertyDamage, PaymentStatus status,
                              String failureReason, String returnCode, String returnReason, String replaces) {
    }

    /** An emergency award is paid at once: it becomes due when decided. */
    @Transactional
    public void scheduleEmergency(ClaimRecord claim, ExpenseCategory category, Money amount) {
        insert(claim, "EMERGENCY", PaymentPlan.forEmergencyAward(category, amount));
    }

    /** Final awards become due when the claim is approved: what is payable after any advance. */
    @Transactional
    public void scheduleFinal(ClaimRecord claim, List<AwardLine> finalAwards) {
        Map<ExpenseCategory, Money> payable = new EnumMap<>(ExpenseCategory.class);
        finalAwards.stream().filter(a -> a.kind() == AwardLine.Kind.FINAL)
                .forEach(a -> payable.merge(a.category(), a.payable(), Money::plus));
        for (PlannedPayment planned : PaymentPlan.forFinalAward(payable, claim.application().expenses())) {
            insert(claim, "FINAL", planned);
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
                        FundSource.valueOf(rs.getString("fund_source")), rs.getBoolean("property_damage"),
                        PaymentStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
                        rs.getString("return_code"),
                        rs.getString("status").equals("RETURNED") || rs.getString("return_code") != null
                                ? ReturnReason.inWords(rs.getString("return_code")) : null,
                        rs.getString("replaces_reference")))
                .list();
    }

    record Reissued(String replaced, String reference, PaymentStatus status) {
    }

    /**
     * Replaces a returned or refused payment with a new due one, to the corrected payee; the old one
     * is marked REISSUED. The next payment run pays the new one.
     */
    @Transactional
    Reissued reissue(String paymentReference, String correctedPayeeName, PaymentMethod method) {
        NotPaid old = jdbc.sql("select id, status, payee_name_enc, method from payment where reference = ? for update")
                .param(paymentReference)
                .query((rs, i) -> new NotPaid(rs.getObject("id", UUID.class), PaymentStatus.valueOf(rs.getString("status")),
                        rs.getString("payee_name_enc"), PaymentMethod.valueOf(rs.getString("method"))))
                .optional().orElseThrow(() -> new NotFoundException("No payment has this reference."));
        UUID oldId = old.id();
        if (old.status() != PaymentStatus.RETURNED && old.status() != PaymentStatus.FAILED) {
            throw new ConflictException("Only a returned or refused payment can be reissued.");
        }
        String payeeName = correctedPayeeName != null ? correctedPayeeName
                : cipher.open(old.payeeNameSealed(), "payment.payee_name:" + oldId);
        UUID id = UUID.randomUUID();
        String reference = newReference();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, replaces, due_at)
                        select :id, :reference, claim_id, award_kind, category, amount, payee_kind, :payee, :method,
                          fund_source, property_damage, 'DUE', id, :now from payment where id = :old""")
                .param("id", id).param("reference", reference)
                .param("payee", cipher.seal(payeeName, "payment.payee_name:" + id))
                .param("method", (method != null ? method : old.method()).name())
                .param("now", Timestamp.from(clock.instant())).param("old", oldId)
                .update();
        jdbc.sql("update payment set status = 'REISSUED' where id = ?").param(oldId).update();
        return new Reissued(paymentReference, reference, PaymentStatus.DUE);
    }

    private record NotPaid(UUID id, PaymentStatus status, String payeeNameSealed, PaymentMethod method) {
    }

    /** A new payment is due at once and goes by ACH; a reissue may switch it to a check. */
    private void insert(ClaimRecord claim, String awardKind, PlannedPayment planned) {
        UUID id = UUID.randomUUID();
        ClaimApplication.Applicant applicant = claim.application().applicant();
        String payeeName = planned.payeeKind() == Payee.PROVIDER ? planned.providerName()
                : applicant.firstName() + " " + applicant.lastName();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'ACH', ?, ?, 'DUE', ?)""")
                .params(id, newReference(), claim.id(), awardKind, planned.category().name(),
                        planned.amount().toBigDecimal(), planned.payeeKind().name(),
                        cipher.seal(payeeName, "payment.payee_name:" + id),
                        (federalCategories.contains(planned.category()) ? FundSource.FEDERAL_VOCA : FundSource.STATE).name(),
                        planned.category() == ExpenseCategory.PROPERTY_DAMAGE, Timestamp.from(now))
                .update();
    }

    /** Fits every rail's reference field, NACHA's 15 characters included (PaymentReference). */
    private String newReference() {
        return PaymentReference.generate(random);
    }
}
