package org.victimcompensation.claims;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.ledger.PaymentLedger;
import org.victimcompensation.letters.LetterFacts;
import org.victimcompensation.letters.Letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The survivor's letter when the payment run issues a payment or a reconciliation records one the bank
 * returned: told by the ledger inside the job's transaction, so the letter (and its notice) commits
 * with the payment's new state. The jobs know payments only; the letter's words come from the claim.
 */
@Component
class PaymentLetters {

    private final ClaimStore store;
    private final Letters letters;
    private final Clock clock;

    PaymentLetters(ClaimStore store, Letters letters, Clock clock) {
        this.store = store;
        this.letters = letters;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void issued(PaymentLedger.PaymentIssued payment) {
        issue(payment.claimId(), false, payment.amount(), payment.category());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void returned(PaymentLedger.PaymentReturned payment) {
        issue(payment.claimId(), true, payment.amount(), payment.category());
    }

    private void issue(UUID claimId, boolean returned, Money amount, ExpenseCategory category) {
        ClaimRecord claim = store.find(claimId).orElseThrow();
        letters.issue(LetterFacts.payment(claimId, claim.reference(), claim.preferredLanguage(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), returned, amount, category));
    }
}
