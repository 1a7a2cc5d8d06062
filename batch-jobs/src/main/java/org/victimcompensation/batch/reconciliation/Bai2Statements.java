package org.victimcompensation.batch.reconciliation;

import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a BAI2 balance report (file 01, group 02, account 03, transaction detail 16, continuation 88,
 * account trailer 49, group trailer 98, file trailer 99), checking record order and every trailer's
 * record count and control total, so a truncated file is refused. Each 16 record, with its 88
 * continuations, is a line at the physical line number where it starts.
 *
 * <p>BAI type codes 100-399 are credits and 400-699 debits; 257 (individual ACH return item), 258
 * (ACH reversal credit) and 168 (ACH return item or adjustment settlement) are payments coming back.
 * Other detail codes (bank-defined 900s) are listed as other entries. The customer reference is the
 * reference we sent, the bank reference is tried as the gateway's id, the value date is the funds
 * type V date or else the group's as-of date. BAI2 has no return-reason field: banks write the ACH
 * return code in the text, so the first R-code found there is kept.
 */
final class Bai2Statements implements SettlementLineSource {

    private static final Set<String> RETURNS = Set.of("168", "257", "258");
    private static final Pattern RETURN_CODE = Pattern.compile("\\b(R\\d{2})\\b");
    private static final Pattern TYPE_CODE = Pattern.compile("\\d{3}");
    private static final Pattern YYMMDD = Pattern.compile("\\d{6}");

    private final BufferedReader in;
    private int lineNumber;
    private String lookahead;
    private int lookaheadLine;
    private boolean ended;

    private List<String> expect = List.of("01");
    private LocalDate asOfDate;
    private String groupCurrency;
    private String accountCurrency;
    private long accountTotal;
    private long accountRecords;
    private int accounts;
    private long groupTotal;
    private long groupRecords;
    private int groups;
    private long fileTotal;
    private long fileRecords;

    Bai2Statements(BufferedReader in) {
        this.in = in;
    }

    static boolean isFileHeader(String firstLine) {
        return firstLine.startsWith("01,");
    }

    @Override
    public SettlementLine next() throws IOException {
        for (Record record; (record = record()) != null; ) {
            String where = "line " + record.line;
            String code = record.fields.get(0);
            if (ended) {
                if (code.isBlank() && record.fields.size() == 1) {
                    continue;
                }
                throw new SettlementFileException(where + " follows the file trailer (99)");
            }
            if (!expect.contains(code)) {
                throw new SettlementFileException(where + ": record " + code + " where " + String.join(" or ", expect)
                        + " should stand");
            }
            switch (code) {
                case "01" -> {
                    if (!"2".equals(field(record, 8))) {
                        throw new SettlementFileException(where + ": only BAI version 2 files are read");
                    }
                    expect = List.of("02");
                }
                case "02" -> {
                    asOfDate = date(field(record, 4), where);
                    groupCurrency = field(record, 6).isEmpty() ? "USD" : field(record, 6);
                    groupTotal = 0;
                    groupRecords = record.physical;
                    accounts = 0;
                    groups++;
                    expect = List.of("03");
                }
                case "03" -> {
                    accountCurrency = field(record, 2).isEmpty() ? groupCurrency : field(record, 2);
                    accountTotal = summaryTotal(record, where);
                    accountRecords = record.physical;
                    accounts++;
                    expect = List.of("16", "49");
                }
                case "16" -> {
                    return detail(record, where);
                }
                case "49" -> {
                    trailer(where + " (account trailer)", record, accountTotal, accountRecords, 2);
                    groupTotal += accountTotal;
                    expect = List.of("03", "98");
                }
                case "98" -> {
                    if (number(field(record, 2), where) != accounts) {
                        throw new SettlementFileException(where + " (group trailer) counts " + field(record, 2)
                                + " accounts, the group has " + accounts);
                    }
                    trailer(where + " (group trailer)", record, groupTotal, groupRecords, 3);
                    fileTotal += groupTotal;
                    expect = List.of("02", "99");
                }
                case "99" -> {
                    if (number(field(record, 2), where) != groups) {
                        throw new SettlementFileException(where + " (file trailer) counts " + field(record, 2)
                                + " groups, the file has " + groups);
                    }
                    trailer(where + " (file trailer)", record, fileTotal, fileRecords, 3);
                    ended = true;
                    expect = List.of();
                }
                default -> throw new SettlementFileException(where + " has an unknown record code " + code);
            }
        }
        if (!ended) {
            throw new SettlementFileException("the file ends before its file trailer (99)");
        }
        return null;
    }

    private SettlementLine detail(Record record, String where) {
        String type = field(record, 1);
        Money amount = Amounts.cents(field(record, 2), where);
        accountTotal += amount.cents();
        List<String> fields = record.fields;
        int next = 4 + fundsTypeFields(fields, 3, where);
        LocalDate valueDate = "V".equals(field(record, 3)) ? date(field(record, 4), where) : asOfDate;
        String bankReference = next < fields.size() ? fields.get(next).trim() : "";
        String customerReference = next + 1 < fields.size() ? fields.get(next + 1).trim() : "";
        String text = next + 2 < fields.size() ? String.join(",", fields.subList(next + 2, fields.size())) : "";
        int typeCode = typeCode(type, where);
        Direction direction = typeCode >= 100 && typeCode <= 399 ? Direction.CREDIT
                : typeCode >= 400 && typeCode <= 699 ? Direction.DEBIT : null;
        boolean returned = RETURNS.contains(type);
        Matcher returnCode = returned ? RETURN_CODE.matcher(text) : null;
        return new SettlementLine(record.line, customerReference.isEmpty() ? List.of() : List.of(customerReference),
                bankReference.isEmpty() ? null : bankReference, amount, accountCurrency, direction,
                returned ? Status.RETURNED : Status.SETTLED, valueDate,
                returned && returnCode.find() ? returnCode.group(1) : null, null, "BAI2 type " + type);
    }

    /** How many fields the funds type at {@code index} adds after itself (BAI2 funds types 0, 1, 2, V, S, D, Z). */
    private static int fundsTypeFields(List<String> fields, int index, String where) {
        String fundsType = index < fields.size() ? fields.get(index).trim() : "";
        return switch (fundsType) {
            case "", "0", "1", "2", "Z" -> 0;
            case "V" -> 2;
            case "S" -> 3;
            case "D" -> {
                long count = number(index + 1 < fields.size() ? fields.get(index + 1) : "", where);
                yield 1 + (int) (2 * count);
            }
            default -> throw new SettlementFileException(where + " has an unknown funds type '" + fundsType + "'");
        };
    }

    /** The sum of an 03 record's summary amounts, which its account trailer's control total includes. */
    private static long summaryTotal(Record record, String where) {
        long total = 0;
        List<String> fields = record.fields;
        int i = 3;
        while (i < fields.size() && !fields.get(i).isEmpty()) {
            typeCode(fields.get(i), where);
            String amount = i + 1 < fields.size() ? fields.get(i + 1).trim() : "";
            total += amount.isEmpty() ? 0 : signed(amount, where);
            i += 4 + fundsTypeFields(fields, i + 3, where);
        }
        return total;
    }

    private void trailer(String where, Record record, long total, long records, int recordsField) {
        if (signed(field(record, 1), where) != total) {
            throw new SettlementFileException(where + " has a control total that does not match its records");
        }
        if (number(field(record, recordsField), where) != records) {
            throw new SettlementFileException(where + " counts " + field(record, recordsField) + " records, there are " + records);
        }
    }

    private static int typeCode(String type, String where) {
        if (!TYPE_CODE.matcher(type).matches()) {
            throw new SettlementFileException(where + " has a type code that is not three digits: '" + type + "'");
        }
        return Integer.parseInt(type);
    }

    private static long signed(String amount, String where) {
        String digits = amount.startsWith("+") || amount.startsWith("-") ? amount.substring(1) : amount;
        long value = Amounts.cents(digits, where).cents();
        return amount.startsWith("-") ? -value : value;
    }

    private static long number(String digits, String where) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new SettlementFileException(where + " has a count that is not digits: '" + digits + "'");
        }
        return Long.parseLong(digits);
    }

    private static LocalDate date(String yymmdd, String where) {
        if (!YYMMDD.matcher(yymmdd).matches()) {
            throw new SettlementFileException(where + " has a date that is not YYMMDD: '" + yymmdd + "'");
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (RuntimeException e) {
            throw new SettlementFileException(where + " has a date that is not YYMMDD: '" + yymmdd + "'");
        }
    }

    private static String field(Record record, int index) {
        return index < record.fields.size() ? record.fields.get(index).trim() : "";
    }

    /** A logical record: a physical record and the 88 continuations after it, as one list of fields. */
    private record Record(int line, int physical, List<String> fields) {
    }

    private Record record() throws IOException {
        String first = physical();
        if (first == null) {
            return null;
        }
        int line = lineNumber;
        if (first.startsWith("88,")) {
            throw new SettlementFileException("line " + line + ": a continuation (88) with nothing to continue");
        }
        StringBuilder joined = new StringBuilder(withoutDelimiter(first));
        int physical = 1;
        while (peek() != null && peek().startsWith("88,")) {
            joined.append(',').append(withoutDelimiter(physical()).substring(3));
            physical++;
        }
        List<String> fields = new ArrayList<>(Arrays.asList(joined.toString().split(",", -1)));
        count(physical);
        return new Record(line, physical, fields);
    }

    /** Counts physical records for the trailers; each trailer counts from its header to itself. */
    private void count(int physical) {
        accountRecords += physical;
        groupRecords += physical;
        fileRecords += physical;
    }

    /** Drops the "/" that ends a record's fields (a 16's text may run to the end of the line without one). */
    private static String withoutDelimiter(String record) {
        String trimmed = record.stripTrailing();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private String peek() throws IOException {
        if (lookahead == null) {
            lookahead = in.readLine();
            lookaheadLine = lineNumber + 1;
        }
        return lookahead;
    }

    private String physical() throws IOException {
        String line = peek();
        lookahead = null;
        if (line != null) {
            lineNumber = lookaheadLine;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
