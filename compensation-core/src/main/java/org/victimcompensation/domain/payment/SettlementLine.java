package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a bank file, whatever its format, in neutral terms: what could identify the payment
 * ({@code references} in the order they are tried, then the gateway's id), the amount, which way the
 * money moved, whether it is booked, returned or still pending, and why it came back. A line of the
 * program's account that is not one of its payments (a fee, interest, an incoming credit) is read all
 * the same; the matcher lists it among the other entries.
 *
 * @param position   where the entry is in the file (a line or record number, or the n-th transaction
 *                   of a statement), unique within the file
 * @param valueDate  the value date, or the booking date when the bank gives no value date
 * @param returnText the bank's own words on a return (camt {@code AddtlInf}, NACHA addenda information)
 * @param text       what the bank calls the entry (transaction code, description), for people
 */
public record SettlementLine(long position, List<String> references, String gatewayId, Money amount, String currency,
                             Direction direction, Status status, LocalDate valueDate, String returnCode,
                             String returnText, String text) {

    public SettlementLine {
        references = List.copyOf(references);
    }

    /** Seen from the program's account: a payment leaves as a debit, a returned payment comes back as a credit. */
    public enum Direction {
        DEBIT, CREDIT
    }

    public enum Status {
        SETTLED, RETURNED, PENDING
    }

    /**
     * Whether this entry can be one of the program's payments at all: a booked debit (a payment that
     * left) or a returned credit (a payment that came back). Everything else is another entry.
     */
    public boolean couldBeAPayment() {
        return (direction == Direction.DEBIT && status == Status.SETTLED)
                || (direction == Direction.CREDIT && status == Status.RETURNED);
    }
}
