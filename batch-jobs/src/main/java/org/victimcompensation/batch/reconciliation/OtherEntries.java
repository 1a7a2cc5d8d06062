package org.victimcompensation.batch.reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.domain.payment.SettlementLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Records the entries of a file that are not the program's payments (credits, fees, interest,
 * unknown debits, pending entries), with the chunk that read them, so the result lists them and a
 * restart counts none twice. Only codes and amounts are kept, never the bank's free text, which may
 * name people.
 */
final class OtherEntries {

    private OtherEntries() {
    }

    /** Lists the entries and returns how many are new (a restarted chunk finds its first try's). */
    static int record(JdbcClient jdbc, UUID reconciliationId, List<SettlementLine> others) {
        if (others.isEmpty()) {
            return 0;
        }
        int added = jdbc.sql("""
                        insert into reconciliation_other_entry (reconciliation_id, position, amount, currency, direction, text)
                        select :reconciliation, v.position, v.amount, v.currency, v.direction, v.text
                        from unnest(:positions::bigint[], :amounts::numeric[], :currencies::text[], :directions::text[], :texts::text[])
                          as v(position, amount, currency, direction, text)
                        on conflict do nothing""")
                .param("reconciliation", reconciliationId)
                .param("positions", others.stream().map(SettlementLine::position).toArray(Long[]::new))
                .param("amounts", others.stream().map(l -> l.amount().toBigDecimal()).toArray(BigDecimal[]::new))
                .param("currencies", others.stream().map(SettlementLine::currency).toArray(String[]::new))
                .param("directions", others.stream().map(l -> l.direction() == null ? null : l.direction().name()).toArray(String[]::new))
                .param("texts", others.stream().map(OtherEntries::describe).toArray(String[]::new))
                .update();
        return added;
    }

    private static String describe(SettlementLine line) {
        String state = switch (line.status()) {
            case PENDING -> "pending";
            case RETURNED -> "returned";
            case SETTLED -> "booked";
        };
        return line.text() + " (" + state + ")";
    }
}
