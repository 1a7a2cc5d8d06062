package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.PaymentStatus;
import org.victimcompensation.domain.payment.ReconciliationIssue;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.ledger.PaymentLedger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a chunk of settlement lines to payments, set-based: one query reads the chunk's payments,
 * the lines are judged in file order (so a reference twice in one chunk is a duplicate), and a few
 * array-bound statements write the outcome. Everything, the counters included, commits with the
 * chunk and its reader position, so a restarted job neither skips nor repeats a line.
 */
class SettlementMatcher implements ItemWriter<SettlementLine> {

    private final JdbcClient jdbc;
    private final PaymentLedger ledger;
    private final Clock clock;
    private final UUID reconciliationId;

    SettlementMatcher(JdbcClient jdbc, PaymentLedger ledger, Clock clock, UUID reconciliationId) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
        this.reconciliationId = reconciliationId;
    }

    /** A payment as the lines of this chunk have left it so far (a second line for it sees the first one's effect). */
    private static final class Known {
        final UUID id;
        final Money amount;
        PaymentStatus status;

        Known(PaymentLedger.Booked booked) {
            this.id = booked.id();
            this.amount = booked.amount();
            this.status = booked.status();
        }
    }

    @Override
    public void write(Chunk<? extends SettlementLine> chunk) {
        Set<String> references = new LinkedHashSet<>();
        chunk.forEach(line -> references.add(line.paymentReference()));
        Map<String, Known> payments = new HashMap<>();
        ledger.lockByReference(references).forEach((reference, booked) -> payments.put(reference, new Known(booked)));

        List<UUID> settledIds = new ArrayList<>();
        List<LocalDate> settledValueDates = new ArrayList<>();
        List<UUID> returnedIds = new ArrayList<>();
        List<String> returnCodes = new ArrayList<>();
        List<Long> issueLines = new ArrayList<>();
        List<String> issueKinds = new ArrayList<>();
        List<String> issueReferences = new ArrayList<>();
        List<String> issueDetails = new ArrayList<>();

        for (SettlementLine line : chunk) {
            Known payment = payments.get(line.paymentReference());
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
            } else if (line.outcome() == SettlementLine.Outcome.SETTLED) {
                if (payment.status.canBecome(PaymentStatus.SETTLED)) {
                    payment.status = PaymentStatus.SETTLED;
                    settledIds.add(payment.id);
                    settledValueDates.add(line.valueDate());
                } else {
                    issue = ReconciliationIssue.DUPLICATE_LINE;
                    detail = "the payment is already " + payment.status;
                }
            } else if (payment.status.canBecome(PaymentStatus.RETURNED)) {
                payment.status = PaymentStatus.RETURNED;
                returnedIds.add(payment.id);
                returnCodes.add(line.returnCode());
            } else {
                issue = ReconciliationIssue.DUPLICATE_LINE;
                detail = "the payment is already " + payment.status;
            }
            if (issue != null) {
                issueLines.add(line.lineNumber());
                issueKinds.add(issue.name());
                issueReferences.add(line.paymentReference());
                issueDetails.add(detail);
            }
        }

        Instant now = clock.instant();
        ledger.settle(settledIds, settledValueDates, now, reconciliationId);
        ledger.markReturned(returnedIds, returnCodes, now, reconciliationId);
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
        jdbc.sql("update reconciliation set matched = matched + ?, returned = returned + ?, unmatched = unmatched + ? where id = ?")
                .params(settledIds.size(), returnedIds.size(), issueLines.size(), reconciliationId)
                .update();
    }

}
