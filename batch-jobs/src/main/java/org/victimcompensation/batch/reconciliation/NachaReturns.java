package org.victimcompensation.batch.reconciliation;

import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a NACHA ACH file of return entries, one record of 94 characters per line, checking the
 * record order and every batch and file control (counts, entry hash, debit and credit totals), so a
 * truncated or edited file is refused. Each entry detail record (6) is a line at its record number;
 * its addenda type 99 gives the return reason code (R01...), the original entry's trace number and
 * the addenda information. The entry's Individual Identification Number is the one the payment went
 * out with: our payment reference, which is why references fit in its 15 characters. Positions
 * follow NACHA's published record layouts (file header, company/batch header, entry detail, addenda
 * 99 return, batch control, file control).
 */
final class NachaReturns implements SettlementLineSource {

    static final int RECORD_LENGTH = 94;

    private final BufferedReader in;
    private int recordNumber;
    private String lookahead;
    private boolean headerSeen;
    private boolean fileControlSeen;

    private Batch batch;
    private final Totals file = new Totals();
    private int batches;

    NachaReturns(BufferedReader in) {
        this.in = in;
    }

    /** A record whose first character is 1: a NACHA file header with priority code 01 and record size 094. */
    static boolean isFileHeader(String firstLine) {
        return firstLine.length() == RECORD_LENGTH && firstLine.startsWith("101") && firstLine.startsWith("094", 34);
    }

    private static final class Totals {
        long entriesAndAddenda;
        long hash;
        long debitCents;
        long creditCents;
    }

    private static final class Batch {
        final String serviceClass;
        final String sec;
        final LocalDate effectiveDate;
        final String batchNumber;
        final Totals totals = new Totals();

        Batch(String serviceClass, String sec, LocalDate effectiveDate, String batchNumber) {
            this.serviceClass = serviceClass;
            this.sec = sec;
            this.effectiveDate = effectiveDate;
            this.batchNumber = batchNumber;
        }
    }

    @Override
    public SettlementLine next() throws IOException {
        for (String record; (record = read()) != null; ) {
            String where = "record " + recordNumber;
            if (fileControlSeen) {
                if (!record.chars().allMatch(c -> c == '9')) {
                    throw new SettlementFileException(where + " follows the file control record (9)");
                }
                continue;
            }
            if (!headerSeen && record.charAt(0) != '1') {
                throw new SettlementFileException("the first record is not a NACHA file header (1)");
            }
            switch (record.charAt(0)) {
                case '1' -> {
                    if (headerSeen || !isFileHeader(record)) {
                        throw new SettlementFileException(where + " is not a file header (1) where one may stand");
                    }
                    headerSeen = true;
                }
                case '5' -> {
                    if (batch != null) {
                        throw new SettlementFileException(where + ": a batch header (5) before the previous batch's control (8)");
                    }
                    batch = new Batch(field(record, 2, 4), field(record, 51, 53), date(field(record, 70, 75), where),
                            field(record, 88, 94));
                    batches++;
                }
                case '6' -> {
                    return entry(record, where);
                }
                case '7' -> throw new SettlementFileException(where + ": an addenda record (7) without its entry (6)");
                case '8' -> closeBatch(record, where);
                case '9' -> closeFile(record, where);
                default -> throw new SettlementFileException(where + " has an unknown record type '" + record.charAt(0) + "'");
            }
        }
        if (!fileControlSeen) {
            throw new SettlementFileException("the file ends before its file control record (9)");
        }
        return null;
    }

    private SettlementLine entry(String record, String where) throws IOException {
        if (batch == null) {
            throw new SettlementFileException(where + ": an entry (6) outside a batch");
        }
        long position = recordNumber;
        String transactionCode = field(record, 2, 3);
        String receivingBank = field(record, 4, 11);
        Money amount = Amounts.cents(field(record, 30, 39), where);
        String individualId = field(record, 40, 54).trim();
        boolean hasAddenda = record.charAt(78) == '1';
        if (!transactionCode.chars().allMatch(Character::isDigit) || !receivingBank.chars().allMatch(Character::isDigit)) {
            throw new SettlementFileException(where + " has a transaction code or receiving bank that is not digits");
        }
        // Codes x0-x4 are credits to the receiver's account, x5-x9 debits (NACHA transaction codes).
        boolean credit = transactionCode.charAt(1) <= '4';
        count(1, Long.parseLong(receivingBank), credit, amount.cents());

        String returnCode = null;
        String originalTrace = null;
        String returnText = null;
        String change = null;
        int addendaRecords = 0;
        while (hasAddenda && lookahead() != null && lookahead().startsWith("7")) {
            String addenda = read();
            addendaRecords++;
            count(1, 0, credit, 0);
            String type = field(addenda, 2, 3);
            if ("99".equals(type)) {
                returnCode = field(addenda, 4, 6).trim();
                originalTrace = field(addenda, 7, 21).trim();
                returnText = field(addenda, 36, 79).trim();
            } else if ("98".equals(type)) {
                change = field(addenda, 4, 6).trim();
            }
        }
        if (hasAddenda && addendaRecords == 0) {
            throw new SettlementFileException(where + " announces an addenda record (7) that does not follow");
        }
        boolean returned = returnCode != null && !returnCode.isEmpty();
        // Seen from the program's account: a credit it originated left as a debit and comes back, when
        // returned, as a credit. An entry that is not a return (a forward entry, a notification of
        // change) is an instruction, not a booking: it confirms nothing, like a pending entry.
        Direction direction = credit == returned ? Direction.CREDIT : Direction.DEBIT;
        String text = "NACHA " + batch.sec + " transaction code " + transactionCode
                + (returned ? ", return " + returnCode : change != null ? ", notification of change " + change : ", not a return");
        return new SettlementLine(position, individualId.isEmpty() ? List.of() : List.of(individualId),
                originalTrace == null || originalTrace.isEmpty() ? null : originalTrace, amount, "USD", direction,
                returned ? Status.RETURNED : Status.PENDING, batch.effectiveDate, returned ? returnCode : null,
                returnText == null || returnText.isEmpty() ? null : returnText, text);
    }

    private void count(long records, long routing, boolean credit, long cents) {
        for (Totals totals : new Totals[]{batch.totals, file}) {
            totals.entriesAndAddenda += records;
            totals.hash += routing;
            if (credit) {
                totals.creditCents += cents;
            } else {
                totals.debitCents += cents;
            }
        }
    }

    private void closeBatch(String record, String where) {
        if (batch == null) {
            throw new SettlementFileException(where + ": a batch control (8) without its batch header (5)");
        }
        if (!field(record, 2, 4).equals(batch.serviceClass) || !field(record, 88, 94).equals(batch.batchNumber)) {
            throw new SettlementFileException(where + ": the batch control (8) does not close batch " + batch.batchNumber.trim());
        }
        check(where + " (batch control)", batch.totals, field(record, 5, 10), field(record, 11, 20), field(record, 21, 32),
                field(record, 33, 44));
        batch = null;
    }

    private void closeFile(String record, String where) {
        if (batch != null) {
            throw new SettlementFileException(where + ": the file control (9) comes before batch " + batch.batchNumber.trim() + " is closed");
        }
        if (number(field(record, 2, 7), where) != batches) {
            throw new SettlementFileException(where + " (file control) counts " + field(record, 2, 7).trim()
                    + " batches, the file has " + batches);
        }
        check(where + " (file control)", file, field(record, 14, 21), field(record, 22, 31), field(record, 32, 43),
                field(record, 44, 55));
        fileControlSeen = true;
    }

    private static void check(String where, Totals totals, String count, String hash, String debit, String credit) {
        if (number(count, where) != totals.entriesAndAddenda) {
            throw new SettlementFileException(where + " counts " + count.trim() + " entries and addenda, the file has "
                    + totals.entriesAndAddenda);
        }
        if (number(hash, where) != totals.hash % 10_000_000_000L) {
            throw new SettlementFileException(where + " has an entry hash that does not match its entries");
        }
        if (number(debit, where) != totals.debitCents || number(credit, where) != totals.creditCents) {
            throw new SettlementFileException(where + " has debit or credit totals that do not match its entries");
        }
    }

    private static long number(String digits, String where) {
        if (digits.isBlank() || !digits.chars().allMatch(Character::isDigit)) {
            throw new SettlementFileException(where + " has a count or total that is not digits: '" + digits + "'");
        }
        return Long.parseLong(digits);
    }

    private static LocalDate date(String yymmdd, String where) {
        if (yymmdd.isBlank()) {
            return null;
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (RuntimeException e) {
            throw new SettlementFileException(where + " has an effective entry date that is not YYMMDD: " + yymmdd);
        }
    }

    /** Characters {@code from} to {@code to}, counted from 1 as the published layouts count them. */
    private static String field(String record, int from, int to) {
        return record.substring(from - 1, to);
    }

    private String lookahead() throws IOException {
        if (lookahead == null) {
            lookahead = in.readLine();
        }
        return lookahead;
    }

    private String read() throws IOException {
        String record = lookahead != null ? lookahead : in.readLine();
        lookahead = null;
        if (record == null) {
            return null;
        }
        recordNumber++;
        if (record.length() != RECORD_LENGTH) {
            throw new SettlementFileException("record " + recordNumber + " has " + record.length()
                    + " characters; NACHA records have " + RECORD_LENGTH + ", one per line");
        }
        return record;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
