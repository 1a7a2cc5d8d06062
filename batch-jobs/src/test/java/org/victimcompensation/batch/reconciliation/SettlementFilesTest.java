package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settlement files in every accepted format, and the bad ones refused before any row changes. */
class SettlementFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCsvFormat() throws Exception {
        Path file = sample("sample.csv");
        assertThat(SettlementFiles.inspect(file)).isEqualTo(new SettlementFiles.Inspection(SettlementFormat.CSV, 3));

        List<SettlementLine> lines = readCsv(file);
        assertThat(lines).extracting(SettlementLine::paymentReference)
                .containsExactly("PAY-00000000000000A1", "PAY-00000000000000A2", "PAY-00000000000000A3");
        assertThat(lines.get(1).outcome()).isEqualTo(SettlementLine.Outcome.RETURNED);
        assertThat(lines.get(1).returnCode()).isEqualTo("R02");
        assertThat(lines.get(2).amount()).isEqualTo(Money.parse("75.50"));
        assertThat(lines.get(0).lineNumber()).isEqualTo(2);
    }

    @Test
    void readsBatchedEntriesAndReturnsFromCamt053Version02() throws Exception {
        Path file = sample("camt053-001-02.xml");
        assertThat(SettlementFiles.inspect(file).format()).isEqualTo(SettlementFormat.CAMT053);

        List<SettlementLine> lines = SettlementFiles.camtLines(file);
        assertThat(lines).extracting(SettlementLine::paymentReference)
                .containsExactly("PAY-00000000000000A1", "PAY-00000000000000A3", "PAY-00000000000000A2");
        assertThat(lines).extracting(SettlementLine::amount)
                .containsExactly(Money.parse("1500.00"), Money.parse("75.50"), Money.parse("200.00"));
        assertThat(lines.get(2).outcome()).isEqualTo(SettlementLine.Outcome.RETURNED);
        assertThat(lines.get(2).returnCode()).isEqualTo("AC04");
        assertThat(lines.get(0).valueDate()).hasToString("2026-11-30");
    }

    @Test
    void readsCamt053Version08() throws Exception {
        List<SettlementLine> lines = SettlementFiles.camtLines(sample("camt053-001-08.xml"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).outcome()).isEqualTo(SettlementLine.Outcome.SETTLED);
        assertThat(lines.get(1).outcome()).isEqualTo(SettlementLine.Outcome.RETURNED);
        assertThat(lines.get(1).returnCode()).isEqualTo("R03");
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
        assertRefused(write("pain.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"), "camt.053");
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
        assertThatThrownBy(() -> SettlementFiles.inspect(file)).isInstanceOf(SettlementFileException.class);
    }

    private static void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> SettlementFiles.inspect(file)).isInstanceOf(SettlementFileException.class)
                .hasMessageContaining(reason);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(SettlementFilesTest.class.getResource("/settlements/" + name).toURI());
    }

    private static List<SettlementLine> readCsv(Path file) throws Exception {
        FlatFileItemReader<SettlementLine> reader = CsvSettlementLines.reader(file);
        reader.open(new ExecutionContext());
        List<SettlementLine> lines = new ArrayList<>();
        for (SettlementLine line; (line = reader.read()) != null; ) {
            lines.add(line);
        }
        reader.close();
        return lines;
    }
}
