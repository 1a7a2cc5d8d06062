package org.victimcompensation.domain.letters;

/** The letters the program sends a survivor (PRODUCT.md section 4.1). */
public enum LetterKind {
    DECISION, INFORMATION_REQUEST, PAYMENT_SENT, PAYMENT_RETURNED, APPEAL_RECEIVED, APPEAL_DECISION
}
