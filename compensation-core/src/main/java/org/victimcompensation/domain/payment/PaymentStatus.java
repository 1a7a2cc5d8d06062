package org.victimcompensation.domain.payment;

/**
 * A payment's life: due once its award is in force; issued when the gateway accepted it; settled or
 * returned when the bank says so; failed when the gateway refused it; reissued when a corrected
 * payment replaced a returned or failed one. Returned and failed payments are not paid.
 */
public enum PaymentStatus {
    DUE, ISSUED, SETTLED, RETURNED, FAILED, REISSUED
}
