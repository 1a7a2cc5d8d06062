package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.FlatFileParseException;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.transform.DefaultFieldSetFactory;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Reads the section-4 CSV settlement format with Spring Batch's delimited-line tokenizer (quotes handled, strict columns). */
final class CsvSettlementLines {

    static final String[] COLUMNS = {"payment_reference", "gateway_id", "amount", "currency", "status", "value_date",
            "return_code"};

    private CsvSettlementLines() {
    }

    static FlatFileItemReader<SettlementLine> reader(Path file) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
        tokenizer.setNames(COLUMNS);
        tokenizer.setStrict(true);
        // Its default makes a date and a number format for every line; this format reads neither through them.
        tokenizer.setFieldSetFactory(new DefaultFieldSetFactory(new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT),
                NumberFormat.getInstance(Locale.ROOT)));
        return new FlatFileItemReaderBuilder<SettlementLine>()
                .name("csvSettlementLines")
                .resource(new FileSystemResource(file))
                .encoding("UTF-8")
                .linesToSkip(1)
                .strict(true)
                .lineMapper((line, lineNumber) -> toLine(tokenizer.tokenize(line), lineNumber))
                .build();
    }

    /** The reader as a {@link SettlementLineSource}, for the upload check and the job alike. */
    static SettlementLineSource source(Path file) {
        FlatFileItemReader<SettlementLine> reader = reader(file);
        reader.open(new ExecutionContext());
        return new SettlementLineSource() {
            @Override
            public SettlementLine next() {
                try {
                    return reader.read();
                } catch (FlatFileParseException e) {
                    throw e.getCause() instanceof SettlementFileException cause ? cause
                            : new SettlementFileException("line " + e.getLineNumber() + " does not have the seven settlement columns");
                } catch (SettlementFileException e) {
                    throw e;
                } catch (Exception e) {
                    throw new SettlementFileException("the CSV could not be read", e);
                }
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    /** A row of this format is always about a payment: settled ones left the account, returned ones came back. */
    static SettlementLine toLine(FieldSet fields, long lineNumber) {
        String reference = required(fields, "payment_reference", lineNumber);
        String amountText = required(fields, "amount", lineNumber);
        Money amount;
        try {
            amount = Money.parse(amountText);
        } catch (IllegalArgumentException e) {
            throw new SettlementFileException("line " + lineNumber + ": amount is not a decimal with two places");
        }
        boolean returned;
        switch (required(fields, "status", lineNumber).toUpperCase(Locale.ROOT)) {
            case "SETTLED" -> returned = false;
            case "RETURNED" -> returned = true;
            default -> throw new SettlementFileException("line " + lineNumber + ": status must be SETTLED or RETURNED");
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
        return new SettlementLine(lineNumber, List.of(reference), gatewayId.isEmpty() ? null : gatewayId, amount,
                required(fields, "currency", lineNumber), returned ? Direction.CREDIT : Direction.DEBIT,
                returned ? Status.RETURNED : Status.SETTLED, valueDate, returnCode.isEmpty() ? null : returnCode, null,
                "settlement CSV " + (returned ? "RETURNED" : "SETTLED"));
    }

    private static String required(FieldSet fields, String name, long lineNumber) {
        String value = fields.readString(name).trim();
        if (value.isEmpty()) {
            throw new SettlementFileException("line " + lineNumber + ": " + name + " is empty");
        }
        return value;
    }
}
