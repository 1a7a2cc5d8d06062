package org.victimcompensation.domain.payment;

import java.util.Map;

/**
 * Why a payment came back, in words staff can act on. NACHA return codes (R01...) as CSV files
 * carry them, and the ISO 20022 reason codes banks put in camt.053 {@code RtrInf/Rsn/Cd}.
 */
public final class ReturnReason {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("R01", "Insufficient funds"),
            Map.entry("R02", "Account closed"),
            Map.entry("R03", "No account, or the account cannot be found"),
            Map.entry("R04", "Invalid account number"),
            Map.entry("R05", "Unauthorized debit to a consumer account"),
            Map.entry("R06", "Returned at the sending bank's request"),
            Map.entry("R07", "Authorization revoked by the customer"),
            Map.entry("R08", "Payment stopped"),
            Map.entry("R09", "Uncollected funds"),
            Map.entry("R10", "The customer says the entry was not authorized"),
            Map.entry("R11", "Entry not in line with the customer's authorization"),
            Map.entry("R12", "Account sold to another bank"),
            Map.entry("R13", "Invalid routing number"),
            Map.entry("R14", "The representative payee has died or cannot act"),
            Map.entry("R15", "The beneficiary or account holder has died"),
            Map.entry("R16", "Account frozen"),
            Map.entry("R17", "The entry could not be processed as addressed"),
            Map.entry("R20", "The account cannot receive this kind of payment"),
            Map.entry("R23", "The receiver refused the credit"),
            Map.entry("R24", "Duplicate entry"),
            Map.entry("R29", "The business customer says the entry was not authorized"),
            Map.entry("R31", "Return agreed between the banks"),
            Map.entry("AC01", "Incorrect account number"),
            Map.entry("AC03", "Invalid creditor account number"),
            Map.entry("AC04", "Account closed"),
            Map.entry("AC06", "Account blocked"),
            Map.entry("AG01", "The account cannot receive this kind of payment"),
            Map.entry("AM04", "Insufficient funds"),
            Map.entry("AM05", "Duplicate payment"),
            Map.entry("BE04", "Creditor address missing or incorrect"),
            Map.entry("MD07", "The account holder has died"),
            Map.entry("MS02", "Refused by the receiver, reason not given"),
            Map.entry("MS03", "Reason not given by the bank"),
            Map.entry("RC01", "Invalid bank identifier"),
            Map.entry("RR01", "Missing debtor account or identification"));

    private ReturnReason() {
    }

    /** Whether there are words for this code (a narrative NARR or a bank's own code has none). */
    public static boolean isKnown(String code) {
        return code != null && WORDS.containsKey(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public static String inWords(String code) {
        if (code == null || code.isBlank()) {
            return "No reason given by the bank";
        }
        return WORDS.getOrDefault(code.trim().toUpperCase(java.util.Locale.ROOT), "Bank return code " + code.trim());
    }
}
