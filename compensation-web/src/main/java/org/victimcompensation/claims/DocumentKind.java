package org.victimcompensation.claims;

public enum DocumentKind {
    VERIFICATION, MEDICAL_BILL, RECEIPT, FUNERAL_INVOICE, PROOF_OF_INCOME, LEASE_OR_RELOCATION, IDENTITY, OTHER
}
