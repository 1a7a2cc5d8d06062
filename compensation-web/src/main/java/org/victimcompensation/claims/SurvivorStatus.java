package org.victimcompensation.claims;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.victimcompensation.awards.AwardLine;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.payments.Payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The survivor's view of their claim, in their preferred language. */
@Component
class SurvivorStatus {

    private final Awards awards;
    private final Payments payments;
    private final MessageSource messages;

    SurvivorStatus(Awards awards, Payments payments, MessageSource messages) {
        this.awards = awards;
        this.payments = payments;
        this.messages = messages;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(String reference, ClaimStatus status, Instant submittedAt, DecisionView decision, List<AwardView> awards,
                List<PaymentView> payments, String nextSteps) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionView(ClaimStatus outcome, DenialReason reasonCode, String letter, LocalDate appealBy) {
    }

    record AwardView(ExpenseCategory category, Money amount) {
    }

    record PaymentView(Money amount, String status) {
    }

    View of(ClaimRecord claim) {
        Locale locale = Locale.forLanguageTag(claim.preferredLanguage());
        List<AwardLine> inForce = awards.inForce(claim.id());
        boolean hasFinal = inForce.stream().anyMatch(a -> a.kind() == AwardLine.Kind.FINAL);
        List<AwardView> shown = inForce.stream()
                .filter(a -> a.kind() == (hasFinal ? AwardLine.Kind.FINAL : AwardLine.Kind.EMERGENCY))
                .map(a -> new AwardView(a.category(), a.amount()))
                .toList();
        return new View(claim.reference(), claim.status(), claim.submittedAt(), decision(claim, inForce, locale),
                shown, payments.forClaim(claim.id()).stream().map(p -> new PaymentView(p.amount(), p.status().name())).toList(),
                messages.getMessage("nextSteps." + claim.status(), null, locale));
    }

    private DecisionView decision(ClaimRecord claim, List<AwardLine> inForce, Locale locale) {
        ClaimRecord.Decision decision = claim.decision();
        if (decision == null) {
            return null;
        }
        String letter;
        if (decision.outcome() == ClaimStatus.APPROVED) {
            Money total = sum(inForce, AwardLine.Kind.FINAL);
            Money emergency = sum(inForce, AwardLine.Kind.EMERGENCY);
            letter = messages.getMessage("letter.approved", new Object[]{claim.reference(), total.toString()}, locale);
            if (!emergency.isZero()) {
                letter += messages.getMessage("letter.approved.emergency", new Object[]{emergency.toString()}, locale);
            }
        } else {
            String reason = decision.reason().explained(locale.getLanguage(), decision.note());
            letter = messages.getMessage("letter.denied", new Object[]{claim.reference(), reason}, locale);
            letter += decision.appealBy() != null
                    ? messages.getMessage("letter.denied.appeal", new Object[]{DatesInWords.day(decision.appealBy(), locale)}, locale)
                    : messages.getMessage("letter.denied.final", null, locale);
        }
        return new DecisionView(decision.outcome(), decision.reason(), letter, decision.appealBy());
    }

    private static Money sum(List<AwardLine> lines, AwardLine.Kind kind) {
        return lines.stream().filter(a -> a.kind() == kind).map(AwardLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
