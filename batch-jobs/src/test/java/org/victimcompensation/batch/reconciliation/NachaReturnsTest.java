package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.victimcompensation.batch.reconciliation.StatementSamples.line;
import static org.victimcompensation.batch.reconciliation.StatementSamples.read;
import static org.victimcompensation.batch.reconciliation.StatementSamples.sample;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.CREDIT;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.DEBIT;
import static org.victimcompensation.domain.payment.SettlementLine.Status.RETURNED;
import static org.victimcompensation.domain.payment.SettlementLine.Status.PENDING;

/**
 * nacha-returns.ach was written for these tests after NACHA's published record layouts: file header
 * (1: priority 01, record size 094, blocking factor 10), company/batch header (5: service class 2-4,
 * SEC code 51-53, effective entry date 70-75, batch number 88-94), entry detail (6: transaction code
 * 2-3, receiving DFI 4-11, amount 30-39, individual identification number 40-54, addenda indicator
 * 79, trace 80-94), addenda 99 return (7: reason code 4-6, original entry trace 7-21, date of death
 * 22-27, original receiving DFI 28-35, addenda information 36-79), batch control (8: count 5-10,
 * entry hash 11-20, debit 21-32, credit 33-44) and file control (9: batches 2-7, blocks 8-13, count
 * 14-21, hash 22-31, debit 32-43, credit 44-55), padded with 9s to a block of ten.
 */
class NachaReturnsTest {

    @TempDir
    Path dir;

    @Test
    void returnsOfOurCreditsComeBackAsCreditsAndForwardEntriesConfirmNothing() throws Exception {
        assertThat(SettlementFiles.inspect(sample("nacha-returns.ach"), BankCsvMapping.none()))
                .isEqualTo(new SettlementFiles.Inspection(SettlementFormat.NACHA, 4));
        assertThat(read(sample("nacha-returns.ach"), BankCsvMapping.none())).containsExactly(
                line(3, List.of("P00000000000A01"), "091000010000001", "1500.00", CREDIT, RETURNED, "2026-12-02", "R01", null,
                        "NACHA PPD transaction code 21, return R01"),
                line(5, List.of("P00000000000A02"), "091000010000002", "200.00", CREDIT, RETURNED, "2026-12-02", "R03",
                        "NO ACCOUNT/UNABLE TO LOCATE ACCOUNT", "NACHA PPD transaction code 31, return R03"),
                line(7, List.of("INV-77"), "091000010000003", "45.00", DEBIT, RETURNED, "2026-12-02", "R10", null,
                        "NACHA PPD transaction code 26, return R10"),
                line(11, List.of("REFUND-42"), null, "19.99", DEBIT, PENDING, "2026-12-02", null, null,
                        "NACHA CCD transaction code 22, not a return"));
    }

    @Test
    void aFileWhoseControlsDoNotAddUpIsRefused() throws Exception {
        List<String> records = Files.readAllLines(sample("nacha-returns.ach"));

        List<String> edited = new java.util.ArrayList<>(records);
        edited.set(2, edited.get(2).substring(0, 29) + "0000150001" + edited.get(2).substring(39));
        assertRefused(edited, "record 9 (batch control) has debit or credit totals that do not match");

        assertRefused(records.subList(0, 8), "the file ends before its file control record (9)");

        edited = new java.util.ArrayList<>(records);
        edited.set(12, edited.get(12).stripTrailing());
        assertRefused(edited, "record 13 has 55 characters; NACHA records have 94");

        edited = new java.util.ArrayList<>(records);
        edited.remove(3);
        assertRefused(edited, "record 3 announces an addenda record (7) that does not follow");

        edited = new java.util.ArrayList<>(records);
        edited.subList(6, 8).clear();
        assertRefused(edited, "counts 000006 entries and addenda, the file has 4");

        edited = new java.util.ArrayList<>(records);
        edited.set(12, edited.get(12).substring(0, 1) + "000003" + edited.get(12).substring(7));
        assertRefused(edited, "counts 000003 batches, the file has 2");
    }

    private void assertRefused(List<String> records, String reason) throws Exception {
        Path file = Files.write(dir.resolve("returns.ach"), records);
        assertThatThrownBy(() -> SettlementFiles.inspect(file, BankCsvMapping.none()))
                .isInstanceOf(SettlementFileException.class).hasMessageContaining(reason);
    }
}
