package org.victimcompensation.batch.reconciliation;

/** The settlement files and statements banks send (PRODUCT.md sections 4 and 4.1); found from content. */
public enum SettlementFormat {
    /** UTF-8 CSV with header {@code payment_reference,gateway_id,amount,currency,status,value_date,return_code}. */
    CSV,
    /** A bank's own CSV export, read through the configured column mapping ({@link BankCsvMapping}). */
    BANK_CSV,
    /** ISO 20022 bank-to-customer statement, camt.053.001.02 to 001.13, with or without the AppHdr envelope. */
    CAMT053,
    /** ISO 20022 debit/credit notification, camt.054.001.02 to 001.13, with or without the AppHdr envelope. */
    CAMT054,
    /** BAI2 cash-management balance report (records 01 to 99). */
    BAI2,
    /** NACHA ACH file of return entries (94-character records, addenda type 99). */
    NACHA
}
