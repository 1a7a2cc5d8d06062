package org.victimcompensation.batch.reconciliation;

import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sample files under test/resources/settlements and a short way to write the lines expected of them. */
final class StatementSamples {

    static final BankCsvMapping BANK_EXPORT = new BankCsvMapping(List.of("Customer Reference"), "Bank Reference", "Amount",
            "Posting Date", "MM/dd/yyyy", "Type", null, null, null, "Return Code");

    private StatementSamples() {
    }

    static Path sample(String name) {
        try {
            return Path.of(StatementSamples.class.getResource("/settlements/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SettlementLine> read(Path file, BankCsvMapping bankCsv) throws Exception {
        SettlementFiles.Inspection inspection = SettlementFiles.inspect(file, bankCsv);
        List<SettlementLine> lines = new ArrayList<>();
        try (SettlementLineSource source = SettlementFiles.open(file, inspection.format(), bankCsv)) {
            for (SettlementLine line; (line = source.next()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }

    static SettlementLine line(long position, List<String> references, String gatewayId, String amount, Direction direction,
                               Status status, String date, String returnCode, String returnText, String text) {
        return new SettlementLine(position, references, gatewayId, Money.parse(amount), "USD", direction, status,
                date == null ? null : LocalDate.parse(date), returnCode, returnText, text);
    }
}
