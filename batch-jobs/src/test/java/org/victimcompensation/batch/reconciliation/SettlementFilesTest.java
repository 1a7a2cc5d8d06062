package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.victimcompensation.batch.reconciliation.StatementSamples.BANK_EXPORT;
import static org.victimcompensation.batch.reconciliation.StatementSamples.line;
import static org.victimcompensation.batch.reconciliation.StatementSamples.read;
import static org.victimcompensation.batch.reconciliation.StatementSamples.sample;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.CREDIT;
import static org.victimcompensation.domain.payment.SettlementLine.Direction.DEBIT;
import static org.victimcompensation.domain.payment.SettlementLine.Status.RETURNED;
import static org.victimcompensation.domain.payment.SettlementLine.Status.SETTLED;

/** Settlement files in every accepted format, and the bad ones refused before any row changes. */
class SettlementFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCsvFormat() throws Exception {
        Path file = sample("sample.csv");
        assertThat(SettlementFiles.inspect(file, BankCsvMapping.none())).isEqualTo(new SettlementFiles.Inspection(SettlementFormat.CSV, 3));
        assertThat(read(file, BankCsvMapping.none())).containsExactly(
                line(2, List.of("PAY-00000000000000A1"), "GW-A1", "1500.00", DEBIT, SETTLED, "2026-11-30", null, null,
                        "settlement CSV SETTLED"),
                line(3, List.of("PAY-00000000000000A2"), "GW-A2", "200.00", CREDIT, RETURNED, "2026-11-30", "R02", null,
                        "settlement CSV RETURNED"),
                line(4, List.of("PAY-00000000000000A3"), "GW-A3", "75.50", DEBIT, SETTLED, "2026-11-30", null, null,
                        "settlement CSV SETTLED"));
    }

    @Test
    void readsABankExportThroughTheConfiguredColumns() throws Exception {
        Path file = sample("bank-export.csv");
        assertThat(SettlementFiles.inspect(file, BANK_EXPORT)).isEqualTo(new SettlementFiles.Inspection(SettlementFormat.BANK_CSV, 4));
        assertThat(read(file, BANK_EXPORT)).containsExactly(
                line(2, List.of("P00000000000A01"), "GW-A1", "1500.00", DEBIT, SETTLED, "2026-11-30", null, null, "bank export debit"),
                line(3, List.of("P00000000000A02"), null, "200.00", CREDIT, RETURNED, "2026-12-02", "R03", null,
                        "bank export credit, return R03"),
                line(4, List.of(), "FEE-11", "12.00", DEBIT, SETTLED, "2026-11-30", null, null, "bank export debit"),
                line(5, List.of("WIRE-9"), null, "2500.00", CREDIT, SETTLED, "2026-11-30", null, null, "bank export credit"));

        BankCsvMapping signed = new BankCsvMapping(List.of("Ref"), null, "Amount", "Date", null, null, null, "Ccy", null, null);
        Path export = write("signed.csv", "Date,Ref,Amount,Ccy\n2026-11-30,P00000000000A01,-1500.00,USD\n2026-11-30,,$2.50,USD\n");
        assertThat(read(export, signed)).extracting(SettlementLine::direction, SettlementLine::amount)
                .containsExactly(tuple(DEBIT, Money.parse("1500.00")), tuple(CREDIT, Money.parse("2.50")));
        assertThatThrownBy(() -> SettlementFiles.inspect(export, BankCsvMapping.none())).hasMessageContaining("first line");
        assertRefused(write("bad-date.csv", "Date,Ref,Amount,Ccy\n30/11/2026,X,1.00,USD\n"), signed, "line 2: Date is not a date like yyyy-MM-dd");
    }

    @Test
    void refusesWhatIsNotASettlementFile() throws Exception {
        assertRefused(write("notes.csv", "hello,world\n1,2\n"), "first line");
        assertRefused(write("empty.csv", ""), "empty");
        assertRefused(write("short.csv", "payment_reference,gateway_id,amount,currency,status,value_date,return_code\nPAY-1,GW,1.00,USD\n"),
                "line 2");
        assertRefused(write("money.csv", "payment_reference,gateway_id,amount,currency,status,value_date,return_code\nPAY-1,GW,1.005,USD,SETTLED,,\n"),
                "amount");
        assertRefused(write("status.csv", "payment_reference,gateway_id,amount,currency,status,value_date,return_code\nPAY-1,GW,1.00,USD,PENDING,,\n"),
                "status");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, ("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + "PAY-1,GW-Peña,1.00,USD,SETTLED,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(file, "UTF-8");
    }

    @Test
    void refusesTruncatedOrHostileXml() throws Exception {
        String camt = Files.readString(sample("camt053-001-02.xml"));
        assertRefused(write("truncated.xml", camt.substring(0, camt.length() / 2)), "malformed or truncated");
        assertRefused(write("bomb.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol2;</Document>"""), "DOCTYPE");
        assertRefused(write("pain.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"), "camt.053 or camt.054");
        assertRefused(write("html.xml", "<html><body>statement</body></html>"), "ISO 20022");
    }

    @Test
    void refusesAZipBombNamedXml() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("statement.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path file = dir.resolve("statement.xml");
        Files.write(file, zipped.toByteArray());
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> SettlementFiles.inspect(file, BankCsvMapping.none())).isInstanceOf(SettlementFileException.class);
    }

    private static void assertRefused(Path file, String reason) {
        assertRefused(file, BankCsvMapping.none(), reason);
    }

    private static void assertRefused(Path file, BankCsvMapping bankCsv, String reason) {
        assertThatThrownBy(() -> SettlementFiles.inspect(file, bankCsv)).isInstanceOf(SettlementFileException.class)
                .hasMessageContaining(reason);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
