package org.victimcompensation.batch.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Which columns of the bank's own CSV export hold what ({@code compensation.reconciliation.bank-csv}),
 * named as in the export's header row. A bank export is recognised by its header holding every
 * mapped column; with no mapping, only the section-4 CSV is read.
 *
 * @param reference    columns that may hold our payment reference, tried in order
 * @param gatewayId    optional column with the gateway's id
 * @param amount       the amount column ({@code 1,234.56}, {@code -45.00} and {@code $} accepted)
 * @param date         the value or posting date column, written as {@code dateFormat} (default {@code yyyy-MM-dd})
 * @param direction    optional column saying debit or credit ({@code debitValues}, default {@code DEBIT, DR, D});
 *                     without it a negative amount is a debit
 * @param currency     optional currency column; without it every line is in {@code defaultCurrency} (default USD)
 * @param returnCode   optional column with an ACH return code; a credit carrying one is a returned payment
 */
@ConfigurationProperties("compensation.reconciliation.bank-csv")
public record BankCsvMapping(List<String> reference, String gatewayId, String amount, String date, String dateFormat,
                             String direction, List<String> debitValues, String currency, String defaultCurrency,
                             String returnCode) {

    public BankCsvMapping {
        reference = reference == null ? List.of() : List.copyOf(reference);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? "yyyy-MM-dd" : dateFormat;
        debitValues = debitValues == null || debitValues.isEmpty() ? List.of("DEBIT", "DR", "D") : List.copyOf(debitValues);
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "USD" : defaultCurrency;
    }

    public static BankCsvMapping none() {
        return new BankCsvMapping(null, null, null, null, null, null, null, null, null, null);
    }

    boolean configured() {
        return !reference.isEmpty() && amount != null && date != null;
    }
}
