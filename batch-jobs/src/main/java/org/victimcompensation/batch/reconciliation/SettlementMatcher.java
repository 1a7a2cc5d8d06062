package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.PaymentReference;
import org.victimcompensation.domain.payment.PaymentStatus;
import org.victimcompensation.domain.payment.ReconciliationIssue;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.ledger.PaymentLedger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies a chunk of settlement lines to payments, set-based: one query reads the chunk's payments
 * (a second one for lines known only by the gateway's id), the lines are judged in file order (so a
 * reference twice in one chunk is a duplicate), and a few array-bound statements write the outcome.
 * A line that is not one of the program's payments (a credit, a fee, a pending entry, a debit naming
 * no payment and no reference of ours) is recorded as another entry, never as a problem. A line with
 * one of our references that matches no payment stays an exception (UNKNOWN_REFERENCE). Everything, the counters included, commits with the
 * chunk and its reader position, so a restarted job neither skips nor repeats a line.
 */
class SettlementMatcher implements ItemWriter<List<SettlementLine>> {

    private final JdbcClient jdbc;
    private final ReconciliationRecords records;
    private final PaymentLedger ledger;
    private final Clock clock;
    private final UUID reconciliationId;

    SettlementMatcher(JdbcClient jdbc, PaymentLedger ledger, ReconciliationRecords records, Clock clock, UUID reconciliationId) {
        this.jdbc = jdbc;
        this.records = records;
        this.ledger = ledger;
        this.clock = clock;
        this.reconciliationId = reconciliationId;
    }

    /** A payment as the lines of this chunk have left it so far (a second line for it sees the first one's effect). */
    private static final class Known {
        final UUID id;
        final String reference;
        final String gatewayId;
        final Money amount;
        PaymentStatus status;

        Known(PaymentLedger.Booked booked) {
            this.id = booked.id();
            this.reference = booked.reference();
            this.gatewayId = booked.gatewayId();
            this.amount = booked.amount();
            this.status = booked.status();
        }
    }

    @Override
    public void write(Chunk<? extends List<SettlementLine>> blocks) {
        List<SettlementLine> lines = new ArrayList<>();
        blocks.forEach(lines::addAll);
        Map<SettlementLine, Known> matched = findPayments(lines);

        List<UUID> settledIds = new ArrayList<>();
        List<LocalDate> settledValueDates = new ArrayList<>();
        List<UUID> returnedIds = new ArrayList<>();
        List<String> returnCodes = new ArrayList<>();
        List<String> returnTexts = new ArrayList<>();
        List<LocalDate> returnDates = new ArrayList<>();
        List<Long> issueLines = new ArrayList<>();
        List<String> issueKinds = new ArrayList<>();
        List<String> issueReferences = new ArrayList<>();
        List<String> issueDetails = new ArrayList<>();
        List<SettlementLine> others = new ArrayList<>();

        for (SettlementLine line : lines) {
            Known payment = matched.get(line);
            // Only a line that matched no payment needs the shape of its references checked.
            String ours = payment == null ? line.references().stream().filter(PaymentReference::isWellFormed).findFirst().orElse(null)
                    : null;
            if (!line.couldBeAPayment() || (payment == null && ours == null)) {
                others.add(line);
                continue;
            }
            ReconciliationIssue issue = null;
            String detail = null;
            if (payment == null) {
                issue = ReconciliationIssue.UNKNOWN_REFERENCE;
                detail = "no payment has this reference";
            } else if (!"USD".equals(line.currency()) || !line.amount().equals(payment.amount)) {
                issue = ReconciliationIssue.AMOUNT_MISMATCH;
                detail = "bank " + line.amount() + " " + line.currency() + ", payment " + payment.amount + " USD";
            } else if (payment.status == PaymentStatus.DUE || payment.status == PaymentStatus.FAILED) {
                issue = ReconciliationIssue.NEVER_ISSUED;
                detail = "the payment is " + payment.status + " and was never issued";
            } else if (line.status() == SettlementLine.Status.SETTLED) {
                if (payment.status == PaymentStatus.ISSUED) {
                    payment.status = PaymentStatus.SETTLED;
                    settledIds.add(payment.id);
                    settledValueDates.add(line.valueDate());
                } else {
                    issue = ReconciliationIssue.DUPLICATE_LINE;
                    detail = "the payment is already " + payment.status;
                }
            } else if (payment.status == PaymentStatus.ISSUED || payment.status == PaymentStatus.SETTLED) {
                payment.status = PaymentStatus.RETURNED;
                returnedIds.add(payment.id);
                returnCodes.add(line.returnCode());
                returnTexts.add(line.returnText());
                returnDates.add(line.valueDate());
            } else {
                issue = ReconciliationIssue.DUPLICATE_LINE;
                detail = "the payment is already " + payment.status;
            }
            if (issue != null) {
                issueLines.add(line.position());
                issueKinds.add(issue.name());
                issueReferences.add(payment == null ? ours : payment.reference);
                issueDetails.add(detail);
            }
        }
        records.countOtherEntries(reconciliationId, OtherEntries.record(jdbc, reconciliationId, others));

        Instant now = clock.instant();
        ledger.settle(settledIds, settledValueDates, now, reconciliationId);
        ledger.markReturned(returnedIds, returnCodes, returnTexts, returnDates, now, reconciliationId);
        if (!issueLines.isEmpty()) {
            jdbc.sql("""
                            insert into reconciliation_exception (reconciliation_id, line_no, kind, payment_reference, detail)
                            select :reconciliation, v.line_no, v.kind, v.reference, v.detail
                            from unnest(:lines::bigint[], :kinds::text[], :references::text[], :details::text[])
                              as v(line_no, kind, reference, detail)
                            on conflict do nothing""")
                    .param("reconciliation", reconciliationId)
                    .param("lines", issueLines.toArray(Long[]::new)).param("kinds", issueKinds.toArray(String[]::new))
                    .param("references", issueReferences.toArray(String[]::new))
                    .param("details", issueDetails.toArray(String[]::new))
                    .update();
        }
        records.countMatched(reconciliationId, settledIds.size(), returnedIds.size(), issueLines.size());
    }

    /**
     * The payment each line names, locked for the chunk: by its references in the line's order, and
     * for lines none of whose references is known, by the gateway's id when exactly one payment has
     * it. Two queries at most, the second only for the few lines the first left open.
     */
    private Map<SettlementLine, Known> findPayments(List<SettlementLine> lines) {
        Set<String> references = new LinkedHashSet<>();
        lines.forEach(line -> {
            if (line.couldBeAPayment()) {
                references.addAll(line.references());
            }
        });
        Map<String, Known> byReference = new HashMap<>();
        ledger.lockByReferences(references).forEach(booked -> byReference.put(booked.reference(), new Known(booked)));

        Map<SettlementLine, Known> matched = new IdentityHashMap<>();
        Set<String> gatewayIds = new LinkedHashSet<>();
        for (SettlementLine line : lines) {
            Known payment = line.references().stream().map(byReference::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (payment != null && line.couldBeAPayment()) {
                matched.put(line, payment);
            } else if (line.couldBeAPayment() && line.gatewayId() != null) {
                gatewayIds.add(line.gatewayId());
            }
        }
        if (!gatewayIds.isEmpty()) {
            Map<String, List<Known>> byGatewayId = new HashMap<>();
            ledger.lockByGatewayIds(gatewayIds).forEach(booked -> byGatewayId.computeIfAbsent(booked.gatewayId(), g -> new ArrayList<>())
                    .add(byReference.computeIfAbsent(booked.reference(), r -> new Known(booked))));
            for (SettlementLine line : lines) {
                List<Known> payments = line.gatewayId() == null ? null : byGatewayId.get(line.gatewayId());
                if (!matched.containsKey(line) && line.couldBeAPayment() && payments != null && payments.size() == 1) {
                    matched.put(line, payments.get(0));
                }
            }
        }
        return matched;
    }
}
