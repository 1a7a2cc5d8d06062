package org.victimcompensation.domain.payment;

public enum PaymentMethod {
    ACH, CHECK
}
