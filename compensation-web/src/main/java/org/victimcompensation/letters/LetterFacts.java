package org.victimcompensation.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.letters.LetterKind;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one letter says, gathered by the feature where its event happens, so this feature depends on
 * none of them. Fields a kind does not use are null; the factories say which each kind needs.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // waiting letters stored as JSON stay readable when a field is dropped
public record LetterFacts(UUID claimId, String reference, String language, LetterKind kind, LocalDate date,
                          Boolean approved, String reason, LocalDate appealBy, List<AwardFact> awards, Money total,
                          Money emergencyAdvance, String request, Money amount, ExpenseCategory category) {

    public LetterFacts {
        language = "es".equals(language) ? "es" : "en"; // the languages letters are written in; English otherwise
    }

    public record AwardFact(ExpenseCategory category, Money amount) {
    }

    public static LetterFacts approval(UUID claimId, String reference, String language, LocalDate date,
                                       List<AwardFact> awards, Money total, Money emergencyAdvance) {
        return new LetterFacts(claimId, reference, language, LetterKind.DECISION, date, true, null, null,
                List.copyOf(awards), total, emergencyAdvance, null, null, null);
    }

    public static LetterFacts denial(UUID claimId, String reference, String language, LocalDate date, String reason,
                                     LocalDate appealBy) {
        return new LetterFacts(claimId, reference, language, LetterKind.DECISION, date, false, reason, appealBy,
                List.of(), null, null, null, null, null);
    }

    public static LetterFacts informationRequest(UUID claimId, String reference, String language, LocalDate date,
                                                 String request) {
        return new LetterFacts(claimId, reference, language, LetterKind.INFORMATION_REQUEST, date, null, null, null,
                List.of(), null, null, request, null, null);
    }

    public static LetterFacts appealReceived(UUID claimId, String reference, String language, LocalDate date) {
        return new LetterFacts(claimId, reference, language, LetterKind.APPEAL_RECEIVED, date, null, null, null,
                List.of(), null, null, null, null, null);
    }

    /** Granted: the claim is reviewed again. Refused: the denial stands, with its reason. */
    public static LetterFacts appealDecision(UUID claimId, String reference, String language, LocalDate date,
                                             boolean granted, String reason) {
        return new LetterFacts(claimId, reference, language, LetterKind.APPEAL_DECISION, date, granted, reason, null,
                List.of(), null, null, null, null, null);
    }

    public static LetterFacts payment(UUID claimId, String reference, String language, LocalDate date, boolean returned,
                                      Money amount, ExpenseCategory category) {
        return new LetterFacts(claimId, reference, language, returned ? LetterKind.PAYMENT_RETURNED : LetterKind.PAYMENT_SENT,
                date, null, null, null, List.of(), null, null, null, amount, category);
    }
}
