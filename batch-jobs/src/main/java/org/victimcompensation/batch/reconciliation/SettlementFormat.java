package org.victimcompensation.batch.reconciliation;

/** The settlement files banks send (PRODUCT.md section 4). */
public enum SettlementFormat {
    /** UTF-8 CSV with header {@code payment_reference,gateway_id,amount,currency,status,value_date,return_code}. */
    CSV,
    /** ISO 20022 bank-to-customer statement, camt.053.001.02 or camt.053.001.08. */
    CAMT053
}
