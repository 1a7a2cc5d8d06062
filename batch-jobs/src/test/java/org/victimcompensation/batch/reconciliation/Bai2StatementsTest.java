package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.victimcompensation.batch.reconciliation.StatementSamples.line;
import static org.victimcompensation.batch.reconciliation.StatementSamples.read;
import static org.victimcompensation.batch.reconciliation.StatementSamples.sample;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.CREDIT;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.DEBIT;
import static org.victimcompensation.domain.payment.SettlementLine.Status.RETURNED;
import static org.victimcompensation.domain.payment.SettlementLine.Status.SETTLED;

/**
 * statement.bai2 was written for these tests after the BAI2 record formats as the Bank
 * Administration Institute's cash-management reporting specification (version 2) describes them:
 * 01 file header (version 2), 02 group header (as-of date, currency), 03 account with summary type
 * codes, 16 transaction detail (type code, amount in cents, funds type with its V value date, bank
 * reference, customer reference, text), 88 continuation, 49/98/99 trailers with control totals and
 * record counts.
 */
class Bai2StatementsTest {

    @TempDir
    Path dir;

    @Test
    void paymentsAReturnAndTheAccountsOtherEntries() throws Exception {
        assertThat(SettlementFiles.inspect(sample("statement.bai2"), BankCsvMapping.none()))
                .isEqualTo(new SettlementFiles.Inspection(SettlementFormat.BAI2, 7));
        assertThat(read(sample("statement.bai2"), BankCsvMapping.none())).containsExactly(
                line(4, List.of("P00000000000A01"), "GW-A1", "1500.00", DEBIT, SETTLED, "2026-12-01", null, null, "BAI2 type 469"),
                line(5, List.of("P00000000000A02"), null, "200.00", CREDIT, RETURNED, "2026-12-01", "R03", null, "BAI2 type 257"),
                line(6, List.of("P00000000000A03"), "GW-A3", "75.50", DEBIT, SETTLED, "2026-11-30", null, null, "BAI2 type 469"),
                line(8, List.of(), null, "12.34", CREDIT, SETTLED, "2026-12-01", null, null, "BAI2 type 354"),
                line(9, List.of(), null, "25.00", DEBIT, SETTLED, "2026-12-01", null, null, "BAI2 type 698"),
                line(10, List.of("INV-2026-0007"), "WIRE123", "500.00", DEBIT, SETTLED, "2026-12-01", null, null, "BAI2 type 495"),
                line(11, List.of(), null, "3.00", null, SETTLED, "2026-12-01", null, null, "BAI2 type 920"));
    }

    @Test
    void aFileWhoseTrailersDoNotAddUpIsRefused() throws Exception {
        List<String> records = Files.readAllLines(sample("statement.bai2"));

        List<String> edited = new ArrayList<>(records);
        edited.set(3, "16,469,150001,,GW-A1,P00000000000A01,ACH PAYMENT");
        assertRefused(edited, "line 12 (account trailer) has a control total that does not match");

        edited = new ArrayList<>(records);
        edited.remove(6);
        assertRefused(edited, "counts 10 records, there are 9");

        assertRefused(records.subList(0, 12), "the file ends before its file trailer (99)");

        edited = new ArrayList<>(records);
        edited.remove(2);
        assertRefused(edited, "line 3: record 16 where 03 should stand");

        edited = new ArrayList<>(records);
        edited.set(3, "16,469,15X000,,GW-A1,P00000000000A01,ACH PAYMENT");
        assertRefused(edited, "line 4 has an amount that is not whole cents");
    }

    private void assertRefused(List<String> records, String reason) throws Exception {
        Path file = Files.write(dir.resolve("statement.bai2"), records);
        assertThatThrownBy(() -> SettlementFiles.inspect(file, BankCsvMapping.none()))
                .isInstanceOf(SettlementFileException.class).hasMessageContaining(reason);
    }
}
