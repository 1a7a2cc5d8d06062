package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.payment.SettlementLine;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.victimcompensation.batch.reconciliation.StatementSamples.line;
import static org.victimcompensation.batch.reconciliation.StatementSamples.read;
import static org.victimcompensation.batch.reconciliation.StatementSamples.sample;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.CREDIT;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.DEBIT;
import static org.victimcompensation.domain.payment.SettlementLine.Status.PENDING;
import static org.victimcompensation.domain.payment.SettlementLine.Status.RETURNED;
import static org.victimcompensation.domain.payment.SettlementLine.Status.SETTLED;

/** camt.053 and camt.054 through one mapping, every field of every sample entry. */
class IsoStatementsTest {

    @Test
    void version02BatchedPaymentsAReturnAFeeAndAnIncomingCredit() throws Exception {
        assertThat(SettlementFiles.inspect(sample("camt053-001-02.xml"), BankCsvMapping.none()))
                .isEqualTo(new SettlementFiles.Inspection(SettlementFormat.CAMT053, 5));
        assertThat(read(sample("camt053-001-02.xml"), BankCsvMapping.none())).containsExactly(
                line(1, List.of("PAY-00000000000000A1", "BANK-TX-1"), null, "1500.00", DEBIT, SETTLED, "2026-11-30", null, null,
                        "PMNT/ICDT/ESCT"),
                line(2, List.of("P00000000000A03"), "GW-A3", "75.50", DEBIT, SETTLED, "2026-11-30", null, null, "PMNT/ICDT/ESCT"),
                line(3, List.of("P00000000000A02"), null, "200.00", CREDIT, RETURNED, "2026-12-02", "AC04", "Account closed",
                        "PMNT/ICDT/RRTN"),
                line(4, List.of(), null, "12.00", DEBIT, SETTLED, "2026-11-30", null, null, "ACMT/ADOP/CHRG"),
                line(5, List.of("STATE-TRANSFER-11"), null, "2500.00", CREDIT, SETTLED, "2026-11-30", null, null, "PMNT/RCDT/ESCT"));
    }

    @Test
    void version04InTheEnvelopeWithAnInstrIdOnlyReturnPendingReversalAndBatchBooking() throws Exception {
        assertThat(SettlementFiles.inspect(sample("camt053-001-04-envelope.xml"), BankCsvMapping.none()).format())
                .isEqualTo(SettlementFormat.CAMT053);
        List<SettlementLine> lines = read(sample("camt053-001-04-envelope.xml"), BankCsvMapping.none());
        assertThat(lines).containsExactly(
                line(1, List.of("P00000000000A04"), "RET-0001", "8.85", CREDIT, RETURNED, "2026-12-01", "NARR",
                        "Beneficiary unknown at this bank", "PMNT/ICDT/RRTN"),
                line(2, List.of("P00000000000A05"), null, "300.00", DEBIT, PENDING, "2026-12-02", null, null, "PMNT/ICDT/ESCT"),
                line(3, List.of("P00000000000A03"), null, "75.50", CREDIT, RETURNED, "2026-12-01", null, null,
                        "PMNT/ICDT/ESCT, reversal"),
                line(4, List.of(), null, "450.00", DEBIT, SETTLED, "2026-12-01", null, null,
                        "PMNT/ICDT/ESCT, batch of 3 without details"),
                line(5, List.of(), null, "0.42", CREDIT, SETTLED, "2026-12-01", null, null, "ACMT/MCOP/INTR"));
        assertThat(lines.stream().filter(SettlementLine::couldBeAPayment).map(SettlementLine::position)).containsExactly(1L, 3L, 4L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camt053-001-08.xml", "camt053-001-13.xml"})
    void laterVersionsWithStatusCodesAndTransactionAmounts(String name) throws Exception {
        assertThat(read(sample(name), BankCsvMapping.none())).containsExactly(
                line(1, List.of("P00000000000A01"), null, "1500.00", DEBIT, SETTLED, "2026-12-01", null, null, "ACH"),
                line(2, List.of("P00000000000A02"), null, "200.00", DEBIT, SETTLED, "2026-12-01", null, null, "ACH"),
                line(3, List.of("P00000000000A02"), null, "200.00", CREDIT, RETURNED, "2026-12-03", "R03", null, "ACH-RETURN"));
    }

    @Test
    void camt054DebitNotificationsMatchByTheGatewayIdWhenTheReferenceIsNotProvided() throws Exception {
        assertThat(SettlementFiles.inspect(sample("camt054-001-08.xml"), BankCsvMapping.none()).format())
                .isEqualTo(SettlementFormat.CAMT054);
        assertThat(read(sample("camt054-001-08.xml"), BankCsvMapping.none())).containsExactly(
                line(1, List.of(), "GW-A1", "1500.00", DEBIT, SETTLED, "2026-12-01", null, null, "PMNT/ICDT/ESCT"),
                line(2, List.of("P00000000000A02"), null, "200.00", DEBIT, PENDING, "2026-12-01", null, null, "PMNT/ICDT/ESCT"));
    }

    @Test
    void everyVersionFrom02To13IsReadTheSameWay() throws Exception {
        String statement = Files.readString(sample("camt053-001-08.xml"));
        for (int version = 2; version <= 13; version++) {
            String xml = statement.replace("camt.053.001.08", String.format("camt.053.001.%02d", version));
            assertThat(IsoStatements.lines(xml)).as("version %02d", version).hasSize(3);
        }
        assertThatThrownBy(() -> StatementSamples.read(java.nio.file.Files.writeString(
                Files.createTempFile("camt", ".xml"), statement.replace("camt.053.001.08", "camt.053.001.14")), BankCsvMapping.none()))
                .isInstanceOf(SettlementFileException.class).hasMessageContaining("001.02 to 001.13");
    }

    @Test
    void whatCannotBeReadIsRefusedNamingTheEntry() {
        String noDirection = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="USD">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></Ntry>
                <Ntry><Amt Ccy="USD">1.00</Amt></Ntry></Stmt></BkToCstmrStmt></Document>""";
        assertThatThrownBy(() -> IsoStatements.lines(noDirection)).hasMessage("entry 2 has no CdtDbtInd (CRDT or DBIT)");
        String fraction = noDirection.replace("<Ntry><Amt Ccy=\"USD\">1.00</Amt></Ntry>", "<Ntry><Amt Ccy=\"USD\">1.005</Amt><CdtDbtInd>DBIT</CdtDbtInd></Ntry>");
        assertThatThrownBy(() -> IsoStatements.lines(fraction)).hasMessageContaining("entry 2 has an amount that is not a positive sum in cents");
    }
}
