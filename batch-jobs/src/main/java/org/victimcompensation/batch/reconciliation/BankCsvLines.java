package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a bank's CSV export through the configured {@link BankCsvMapping}: columns are found by
 * their header names (case and surrounding spaces ignored), so the export's other columns and their
 * order do not matter. Every row is a line at its line number.
 */
final class BankCsvLines implements SettlementLineSource {

    private final BufferedReader in;
    private final BankCsvMapping mapping;
    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
    private final DateTimeFormatter dates;
    private final Map<String, Integer> columns;
    private final int width;
    private long lineNumber = 1;

    BankCsvLines(BufferedReader in, BankCsvMapping mapping) throws IOException {
        this.in = in;
        this.mapping = mapping;
        this.dates = DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
        List<String> header = headerColumns(in.readLine());
        this.width = header.size();
        this.columns = header.stream().distinct().collect(Collectors.toMap(Function.identity(), header::indexOf));
        if (!matches(header, mapping)) {
            throw new SettlementFileException("the header lacks a column of the bank export mapping");
        }
    }

    static List<String> headerColumns(String line) {
        if (line == null) {
            return List.of();
        }
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
        return Arrays.stream(tokenizer.tokenize(line.replace("\uFEFF", "")).getValues())
                .map(BankCsvLines::name).toList();
    }

    /** Whether a header row has every column the mapping names. */
    static boolean matches(List<String> header, BankCsvMapping mapping) {
        if (!mapping.configured()) {
            return false;
        }
        List<String> needed = new ArrayList<>(mapping.reference());
        needed.add(mapping.amount());
        needed.add(mapping.date());
        for (String optional : new String[]{mapping.gatewayId(), mapping.direction(), mapping.currency(), mapping.returnCode()}) {
            if (optional != null) {
                needed.add(optional);
            }
        }
        return needed.stream().map(BankCsvLines::name).allMatch(header::contains);
    }

    @Override
    public SettlementLine next() throws IOException {
        String line = in.readLine();
        lineNumber++;
        while (line != null && line.isBlank()) {
            line = in.readLine();
            lineNumber++;
        }
        if (line == null) {
            return null;
        }
        String where = "line " + lineNumber;
        String[] values = tokenizer.tokenize(line).getValues();
        if (values.length != width) {
            throw new SettlementFileException(where + " does not have the header's " + width + " columns");
        }
        List<String> references = new ArrayList<>();
        for (String column : mapping.reference()) {
            String value = value(values, column);
            if (!value.isEmpty() && !references.contains(value)) {
                references.add(value);
            }
        }
        String amountText = value(values, mapping.amount()).replace("$", "").replace(",", "");
        boolean negative = amountText.startsWith("-") || amountText.startsWith("(") && amountText.endsWith(")");
        String unsigned = amountText.replace("-", "").replace("(", "").replace(")", "").replace("+", "");
        if (unsigned.isEmpty()) {
            throw new SettlementFileException(where + ": " + mapping.amount() + " is empty");
        }
        Money amount = Amounts.decimal(unsigned, where);
        Direction direction = mapping.direction() == null ? (negative ? Direction.DEBIT : Direction.CREDIT)
                : mapping.debitValues().stream().anyMatch(v -> v.equalsIgnoreCase(value(values, mapping.direction())))
                ? Direction.DEBIT : Direction.CREDIT;
        String returnCode = mapping.returnCode() == null ? "" : value(values, mapping.returnCode());
        String gatewayId = mapping.gatewayId() == null ? "" : value(values, mapping.gatewayId());
        String currency = mapping.currency() == null ? mapping.defaultCurrency() : value(values, mapping.currency());
        LocalDate date;
        try {
            String text = value(values, mapping.date());
            date = text.isEmpty() ? null : LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            throw new SettlementFileException(where + ": " + mapping.date() + " is not a date like " + mapping.dateFormat());
        }
        boolean returned = !returnCode.isEmpty();
        return new SettlementLine(lineNumber, references, gatewayId.isEmpty() ? null : gatewayId, amount, currency,
                direction, returned ? Status.RETURNED : Status.SETTLED, date, returned ? returnCode : null, null,
                "bank export " + (direction == Direction.DEBIT ? "debit" : "credit") + (returned ? ", return " + returnCode : ""));
    }

    private String value(String[] values, String column) {
        return values[columns.get(name(column))].trim();
    }

    private static String name(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
