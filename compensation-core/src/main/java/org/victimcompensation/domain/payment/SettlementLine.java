package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;

/**
 * One line of a bank's settlement file, whatever its format: the payment reference (the
 * end-to-end id we sent), the amount, and whether the money arrived or came back and why.
 */
public record SettlementLine(long lineNumber, String paymentReference, String gatewayId, Money amount,
                             String currency, Outcome outcome, LocalDate valueDate, String returnCode) {

    public enum Outcome {
        SETTLED, RETURNED
    }
}
