package org.victimcompensation.domain.claim;

/** What a survivor's document is (PRODUCT.md section 4.1). */
public enum DocumentKind {
    VERIFICATION, MEDICAL_BILL, RECEIPT, FUNERAL_INVOICE, PROOF_OF_INCOME, LEASE_OR_RELOCATION, IDENTITY, OTHER
}
