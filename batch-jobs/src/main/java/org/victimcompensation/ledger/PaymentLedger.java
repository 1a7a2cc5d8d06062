package org.victimcompensation.ledger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.domain.payment.FundingRule;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.domain.payment.PaymentReference;
import org.victimcompensation.domain.payment.PaymentStatus;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only writer of {@code payment} and {@code payment_outbox}: the payments feature schedules and
 * reissues through it, the payment run issues through it, the reconciliation settles and returns
 * through it. Every status change is guarded by the moves {@link PaymentStatus} allows, so a
 * statement that finds the payment elsewhere changes nothing. Payee names and gateway requests are
 * sealed here, bound to the payment. A payment's fund source is recorded when it is issued, from the
 * funding rule in force that day in the program's zone, and changes afterwards only by a re-charge
 * kept with its reason. It lives in batch-jobs because both the jobs and the web
 * features depend on that module.
 */
@Component
public class PaymentLedger {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    /** {@code programZone}: the program's zone (compensation.reports.zone), whose calendar day picks the funding rule. */
    PaymentLedger(JdbcClient jdbc, FieldCipher cipher, ZoneId programZone, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.zone = programZone;
        this.events = events;
    }

    /**
     * A payment was issued (the gateway took it), told inside the transaction that records it, so what
     * listeners write (the survivor's letter and notice) commits with it, and a job that is run again
     * from the same point tells it again only if it records it again.
     */
    public record PaymentIssued(UUID paymentId, UUID claimId, Money amount, ExpenseCategory category) {
    }

    /** A payment the bank returned, told like {@link PaymentIssued}, once per payment marked returned. */
    public record PaymentReturned(UUID paymentId, UUID claimId, Money amount, ExpenseCategory category) {
    }

    /** What a new payment is: for which claim and award, how much, to whom and paid how (its funds are decided when issued). */
    public record NewPayment(UUID claimId, String awardKind, ExpenseCategory category, Money amount, Payee payeeKind,
                             String payeeName, PaymentMethod method, boolean propertyDamage) {
    }

    /** Adds a DUE payment and answers its reference. */
    public String addDue(NewPayment payment, Instant dueAt) {
        UUID id = UUID.randomUUID();
        String reference = newReference();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, property_damage, status, due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DUE', ?)""")
                .params(id, reference, payment.claimId(), payment.awardKind(), payment.category().name(),
                        payment.amount().toBigDecimal(), payment.payeeKind().name(), sealPayee(id, payment.payeeName()),
                        payment.method().name(), payment.propertyDamage(), Timestamp.from(dueAt))
                .update();
        return reference;
    }

    /** A returned or refused payment as the reissue needs it, locked until the transaction ends. */
    public record NotPaid(UUID id, PaymentStatus status, String payeeName, PaymentMethod method) {
    }

    public Optional<NotPaid> lockForReissue(String reference) {
        return jdbc.sql("select id, status, payee_name_enc, method from payment where reference = ? for update")
                .param(reference)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new NotPaid(id, PaymentStatus.valueOf(rs.getString("status")),
                            cipher.open(rs.getString("payee_name_enc"), payeeContext(id)), PaymentMethod.valueOf(rs.getString("method")));
                })
                .optional();
    }

    /**
     * Replaces a returned or refused payment with a new DUE one for the same award, to the corrected
     * payee, and marks the old one REISSUED. Answers the new reference, or empty if the old payment
     * is not in a status that can be reissued.
     */
    public Optional<String> reissue(UUID oldId, String payeeName, PaymentMethod method, Instant dueAt) {
        boolean replaced = jdbc.sql("update payment set status = 'REISSUED' where id = ? and status = any(?::text[])")
                .params(oldId, PaymentStatus.REISSUED.reachedFromNames()).update() == 1;
        if (!replaced) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        String reference = newReference();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, property_damage, status, replaces, due_at)
                        select :id, :reference, claim_id, award_kind, category, amount, payee_kind, :payee, :method,
                          property_damage, 'DUE', id, :dueAt from payment where id = :old""")
                .param("id", id).param("reference", reference).param("payee", sealPayee(id, payeeName))
                .param("method", method.name()).param("dueAt", Timestamp.from(dueAt)).param("old", oldId)
                .update();
        return Optional.of(reference);
    }

    // --- the payment run -------------------------------------------------------------------------

    /** A due payment with no gateway request yet, locked (others skip it) until the transaction ends. */
    public record Due(UUID id, String reference, Money amount, PaymentMethod method, Payee payeeKind, String payeeName) {
    }

    public List<Due> lockDueWithoutRequest(int limit) {
        return jdbc.sql("""
                        select p.id, p.reference, p.amount, p.method, p.payee_kind, p.payee_name_enc from payment p
                        where p.status = 'DUE' and not exists (select 1 from payment_outbox o where o.payment_id = p.id)
                        order by p.due_at limit :limit for update of p skip locked""")
                .param("limit", limit)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Due(id, rs.getString("reference"), Money.of(rs.getBigDecimal("amount")),
                            PaymentMethod.valueOf(rs.getString("method")), Payee.valueOf(rs.getString("payee_kind")),
                            cipher.open(rs.getString("payee_name_enc"), payeeContext(id)));
                }).list();
    }

    /** Keeps the exact request a payment will be sent with, once, beside the payment. */
    public void queueRequest(UUID paymentId, String request, Instant at) {
        jdbc.sql("insert into payment_outbox (payment_id, request_enc, state, created_at) values (?, ?, 'PENDING', ?)")
                .params(paymentId, cipher.seal(request, requestContext(paymentId)), Timestamp.from(at))
                .update();
    }

    public record PendingRequest(UUID paymentId, String request) {
    }

    /** Requests not yet answered and not yet tried in this run, locked until the transaction ends. */
    public List<PendingRequest> lockPendingRequests(long runId, int limit) {
        return jdbc.sql("""
                        select payment_id, request_enc from payment_outbox
                        where state = 'PENDING' and run_id is distinct from :run
                        order by created_at limit :limit for update skip locked""")
                .param("run", runId).param("limit", limit)
                .query((rs, i) -> {
                    UUID id = rs.getObject("payment_id", UUID.class);
                    return new PendingRequest(id, cipher.open(rs.getString("request_enc"), requestContext(id)));
                }).list();
    }

    /**
     * The gateway accepted the payment: it is issued, and charged to the funds the rule in force on
     * the issue day (in the program's zone) names for its category; state funds when no rule covers it.
     */
    public void issued(UUID paymentId, String gatewayId, Instant at, long runId) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        PaymentIssued payment = jdbc.sql("select claim_id, amount, category from payment where id = ?").param(paymentId)
                .query((rs, i) -> new PaymentIssued(paymentId, rs.getObject("claim_id", UUID.class),
                        Money.of(rs.getBigDecimal("amount")), ExpenseCategory.valueOf(rs.getString("category")))).single();
        Optional<FundingRule> rule = FundingRule.inForce(fundingRulesFrom(day), payment.category(), day);
        boolean issued = jdbc.sql("""
                        update payment set status = 'ISSUED', gateway_id = ?, issued_at = ?, fund_source = ?, grant_award = ?,
                          funding_rule_id = ? where id = ? and status = any(?::text[])""")
                .params(gatewayId, Timestamp.from(at), rule.map(FundingRule::fundSource).orElse(FundSource.STATE).name(),
                        rule.map(FundingRule::grantAward).orElse(null), rule.map(FundingRule::id).orElse(null), paymentId,
                        PaymentStatus.ISSUED.reachedFromNames()).update() == 1;
        if (issued) {
            events.publishEvent(payment);
        }
        jdbc.sql("update payment_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                .params(Timestamp.from(at), runId, paymentId).update();
    }

    /** The gateway refused the payment (a 4xx): not paid, its reason kept. */
    public void refused(UUID paymentId, String reason, long runId) {
        jdbc.sql("update payment set status = 'FAILED', failure_reason = ? where id = ? and status = any(?::text[])")
                .params(reason, paymentId, PaymentStatus.FAILED.reachedFromNames()).update();
        jdbc.sql("update payment_outbox set state = 'REFUSED', last_error = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                .params(reason, runId, paymentId).update();
    }

    /** No answer this time: the request stays pending and the next run sends it again with the same key. */
    public void unanswered(UUID paymentId, String reason, long runId) {
        jdbc.sql("update payment_outbox set last_error = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                .params(reason, runId, paymentId).update();
    }

    /** The funding rules effective on or before this day (few: one or two per grant year and category). */
    private List<FundingRule> fundingRulesFrom(LocalDate day) {
        return jdbc.sql("select id, effective_from, category, fund_source, grant_award from funding_rule where effective_from <= ?")
                .param(Date.valueOf(day))
                .query((rs, i) -> new FundingRule(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(),
                        rs.getString("category") == null ? null : ExpenseCategory.valueOf(rs.getString("category")),
                        FundSource.valueOf(rs.getString("fund_source")), rs.getString("grant_award")))
                .list();
    }

    // --- re-charges ------------------------------------------------------------------------------

    /** What a re-charge found: no such payment, a payment not yet issued (no funds recorded yet), or done. */
    public sealed interface Recharge {
        record NoSuchPayment() implements Recharge {
        }

        record NotIssued() implements Recharge {
        }

        /** Done: the payment's claim (for the audit) and what it was charged to before. */
        record Done(String claimReference, FundSource before, String awardBefore) implements Recharge {
        }
    }

    /**
     * Charges an issued payment to another fund source and award, keeping the change with who made it,
     * when and why (payment_fund_change); the rule it was issued under stays recorded.
     */
    public Recharge recharge(String reference, FundSource to, String grantAward, String reason, String actor, Instant at) {
        var found = jdbc.sql("""
                        select p.id, p.fund_source, p.grant_award, c.reference as claim_reference
                        from payment p join claim c on c.id = p.claim_id where p.reference = ? for update of p""")
                .param(reference).query().listOfRows();
        if (found.isEmpty()) {
            return new Recharge.NoSuchPayment();
        }
        var row = found.get(0);
        if (row.get("fund_source") == null) {
            return new Recharge.NotIssued();
        }
        UUID id = (UUID) row.get("id");
        String before = (String) row.get("fund_source");
        String awardBefore = (String) row.get("grant_award");
        jdbc.sql("update payment set fund_source = ?, grant_award = ? where id = ?").params(to.name(), grantAward, id).update();
        jdbc.sql("""
                        insert into payment_fund_change (payment_id, from_source, from_award, to_source, to_award, reason,
                          changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, before, awardBefore, to.name(), grantAward, reason, actor, Timestamp.from(at))
                .update();
        return new Recharge.Done((String) row.get("claim_reference"), FundSource.valueOf(before), awardBefore);
    }

    // --- reconciliation --------------------------------------------------------------------------

    /** A payment as a settlement line is judged against it. */
    public record Booked(UUID id, String reference, String gatewayId, Money amount, PaymentStatus status) {
    }

    /** The payments with these references, locked until the chunk commits. */
    public List<Booked> lockByReferences(Collection<String> references) {
        return lock("reference = any(?)", references);
    }

    /** The payments the gateway knows by these ids, locked until the chunk commits. */
    public List<Booked> lockByGatewayIds(Collection<String> gatewayIds) {
        return lock("gateway_id = any(?)", gatewayIds);
    }

    private List<Booked> lock(String condition, Collection<String> values) {
        return jdbc.sql("select id, reference, gateway_id, amount, status from payment where " + condition + " for update")
                .param(values.toArray(String[]::new))
                .query((rs, i) -> new Booked(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("gateway_id"), Money.of(rs.getBigDecimal("amount")),
                        PaymentStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Settles payments, set-based (one statement per chunk), each with the bank's value date. */
    public void settle(List<UUID> ids, List<LocalDate> valueDates, Instant at, UUID reconciliationId) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update payment p set status = 'SETTLED', settled_at = :at, value_date = v.value_date,
                          settled_by = :reconciliation
                        from unnest(:ids::uuid[], :dates::date[]) as v(id, value_date)
                        where p.id = v.id and p.status = any(:from::text[])""")
                .param("at", Timestamp.from(at)).param("reconciliation", reconciliationId)
                .param("ids", ids.toArray(UUID[]::new))
                .param("dates", sqlDates(valueDates))
                .param("from", PaymentStatus.SETTLED.reachedFromNames())
                .update();
    }

    /**
     * Marks payments returned by the bank, set-based, each with its return code, the bank's words and
     * the return's own date (reports book the return then, not when the file was processed).
     */
    public void markReturned(List<UUID> ids, List<String> returnCodes, List<String> returnTexts, List<LocalDate> returnDates,
                             Instant at, UUID reconciliationId) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update payment p set status = 'RETURNED', returned_at = :at, return_code = v.code,
                          return_text = v.text, returned_on = v.returned_on, returned_by = :reconciliation
                        from unnest(:ids::uuid[], :codes::text[], :texts::text[], :dates::date[]) as v(id, code, text, returned_on)
                        where p.id = v.id and p.status = any(:from::text[])
                        returning p.id, p.claim_id, p.amount, p.category""")
                .param("at", Timestamp.from(at)).param("reconciliation", reconciliationId)
                .param("ids", ids.toArray(UUID[]::new)).param("codes", returnCodes.toArray(String[]::new))
                .param("texts", returnTexts.toArray(String[]::new)).param("dates", sqlDates(returnDates))
                .param("from", PaymentStatus.RETURNED.reachedFromNames())
                .query((rs, i) -> new PaymentReturned(rs.getObject("id", UUID.class), rs.getObject("claim_id", UUID.class),
                        Money.of(rs.getBigDecimal("amount")), ExpenseCategory.valueOf(rs.getString("category"))))
                .list().forEach(events::publishEvent);
    }

    /** The claims a reconciliation reached: those with a payment it marked returned, and those with one it settled. */
    public record ClaimsReached(List<UUID> returned, List<UUID> settled) {
    }

    /** Both lists in one pass over the payments (neither column is indexed: each pass reads them all). */
    public ClaimsReached claimsReachedBy(UUID reconciliationId) {
        List<UUID> returned = new ArrayList<>();
        List<UUID> settled = new ArrayList<>();
        jdbc.sql("""
                        select claim_id, bool_or(returned_by = :reconciliation) as returned,
                          bool_or(settled_by = :reconciliation) as settled
                        from payment where returned_by = :reconciliation or settled_by = :reconciliation
                        group by claim_id""")
                .param("reconciliation", reconciliationId)
                .query(rs -> {
                    UUID claimId = rs.getObject("claim_id", UUID.class);
                    if (rs.getBoolean("returned")) {
                        returned.add(claimId);
                    }
                    if (rs.getBoolean("settled")) {
                        settled.add(claimId);
                    }
                });
        return new ClaimsReached(returned, settled);
    }

    /** Claims among these whose every payment is settled or replaced: nothing more is owed on them. */
    public List<UUID> fullyPaidClaims(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id from unnest(:claims::uuid[]) as c(id)
                        where not exists (select 1 from payment p where p.claim_id = c.id and not (p.status = any(:closing::text[])))""")
                .param("claims", claimIds.toArray(UUID[]::new))
                .param("closing", java.util.Arrays.stream(PaymentStatus.values()).filter(PaymentStatus::closesTheAward)
                        .map(Enum::name).toArray(String[]::new))
                .query(UUID.class).list();
    }

    /**
     * The retention purge: the claims' payments stay as anonymous facts (amount, category, property
     * damage, fund source, grant award, status and dates) for funder reports and the grant's audit,
     * detached from the claim and without the payee's name or the gateway's and bank's words; their
     * gateway requests, which name the payee, are deleted. Returns how many payments were kept so.
     */
    public int detachFromClaims(Collection<UUID> claimIds) {
        UUID[] ids = claimIds.toArray(UUID[]::new);
        jdbc.sql("delete from payment_outbox where payment_id in (select id from payment where claim_id = any(?))")
                .param(ids).update();
        return jdbc.sql("""
                        update payment set claim_id = null, payee_name_enc = null, failure_reason = null, return_text = null
                        where claim_id = any(?)""")
                .param(ids).update();
    }

    // --- work for people -------------------------------------------------------------------------

    public record Unpaid(UUID id, String reference, String claimReference) {
    }

    /** Returned or refused payments with no REISSUE work opened yet, locked until the transaction ends. */
    public List<Unpaid> lockUnpaidWithoutReissueWork(int limit) {
        return jdbc.sql("""
                        select p.id, p.reference, c.reference as claim_reference from payment p join claim c on c.id = p.claim_id
                        where p.status = any(:unpaid::text[]) and not p.reissue_opened
                        limit :limit for update of p skip locked""")
                .param("unpaid", PaymentStatus.REISSUED.reachedFromNames()).param("limit", limit)
                .query((rs, i) -> new Unpaid(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("claim_reference"))).list();
    }

    public void reissueWorkOpened(UUID paymentId) {
        jdbc.sql("update payment set reissue_opened = true where id = ?").param(paymentId).update();
    }

    private static Date[] sqlDates(List<LocalDate> dates) {
        return dates.stream().map(d -> d == null ? null : Date.valueOf(d)).toArray(Date[]::new);
    }

    private String sealPayee(UUID paymentId, String name) {
        return cipher.seal(name, payeeContext(paymentId));
    }

    private static String payeeContext(UUID paymentId) {
        return "payment.payee_name:" + paymentId;
    }

    private static String requestContext(UUID paymentId) {
        return "payment_outbox.request:" + paymentId;
    }

    /** Fits every rail's reference field, NACHA's 15 characters included ({@link PaymentReference}). */
    private String newReference() {
        return PaymentReference.generate(random);
    }
}
