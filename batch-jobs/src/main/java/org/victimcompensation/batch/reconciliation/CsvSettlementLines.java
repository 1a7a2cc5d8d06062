package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Reads the CSV settlement format with Spring Batch's delimited-line tokenizer (quotes handled, strict columns). */
final class CsvSettlementLines {

    static final String[] COLUMNS = {"payment_reference", "gateway_id", "amount", "currency", "status", "value_date",
            "return_code"};

    private CsvSettlementLines() {
    }

    static FlatFileItemReader<SettlementLine> reader(Path file) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
        tokenizer.setNames(COLUMNS);
        tokenizer.setStrict(true);
        return new FlatFileItemReaderBuilder<SettlementLine>()
                .name("csvSettlementLines")
                .resource(new FileSystemResource(file))
                .encoding("UTF-8")
                .linesToSkip(1)
                .strict(true)
                .lineMapper((line, lineNumber) -> toLine(tokenizer.tokenize(line), lineNumber))
                .build();
    }

    static SettlementLine toLine(FieldSet fields, long lineNumber) {
        String reference = required(fields, "payment_reference", lineNumber);
        String amountText = required(fields, "amount", lineNumber);
        Money amount;
        try {
            amount = Money.parse(amountText);
        } catch (IllegalArgumentException e) {
            throw new SettlementFileException("line " + lineNumber + ": amount is not a decimal with two places");
        }
        SettlementLine.Outcome outcome;
        try {
            outcome = SettlementLine.Outcome.valueOf(required(fields, "status", lineNumber).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettlementFileException("line " + lineNumber + ": status must be SETTLED or RETURNED");
        }
        LocalDate valueDate;
        try {
            String text = fields.readString("value_date").trim();
            valueDate = text.isEmpty() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new SettlementFileException("line " + lineNumber + ": value_date is not a date like 2026-11-30");
        }
        String gatewayId = fields.readString("gateway_id").trim();
        String returnCode = fields.readString("return_code").trim();
        return new SettlementLine(lineNumber, reference, gatewayId.isEmpty() ? null : gatewayId, amount,
                required(fields, "currency", lineNumber), outcome, valueDate, returnCode.isEmpty() ? null : returnCode);
    }

    private static String required(FieldSet fields, String name, long lineNumber) {
        String value = fields.readString(name).trim();
        if (value.isEmpty()) {
            throw new SettlementFileException("line " + lineNumber + ": " + name + " is empty");
        }
        return value;
    }
}
