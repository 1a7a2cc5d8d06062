package org.victimcompensation.domain.payment;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ClaimApplication.Expense;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.victimcompensation.domain.claim.ExpenseCategory.MEDICAL_DENTAL;
import static org.victimcompensation.domain.claim.ExpenseCategory.RELOCATION;

class PaymentPlanTest {

    @Test
    void payableGoesToEachLinesPayeeInOrder() {
        List<Expense> expenses = List.of(
                new Expense(MEDICAL_DENTAL, Money.dollars(1_000), Payee.PROVIDER, "Clinic", null),
                new Expense(MEDICAL_DENTAL, Money.dollars(500), Payee.APPLICANT, null, null),
                new Expense(MEDICAL_DENTAL, Money.dollars(300), Payee.PROVIDER, "Clinic", null),
                new Expense(RELOCATION, Money.dollars(2_600), Payee.APPLICANT, null, null));

        List<PlannedPayment> payments = PaymentPlan.forFinalAward(
                Map.of(MEDICAL_DENTAL, Money.dollars(1_200), RELOCATION, Money.dollars(500)), expenses);

        assertThat(payments).containsExactly(
                new PlannedPayment(MEDICAL_DENTAL, Money.dollars(1_000), Payee.PROVIDER, "Clinic"),
                new PlannedPayment(MEDICAL_DENTAL, Money.dollars(200), Payee.APPLICANT, null),
                new PlannedPayment(RELOCATION, Money.dollars(500), Payee.APPLICANT, null));
    }

    @Test
    void returnCodesAreInWords() {
        assertThat(ReturnReason.inWords("R02")).isEqualTo("Account closed");
        assertThat(ReturnReason.inWords("ac04")).isEqualTo("Account closed");
        assertThat(ReturnReason.inWords("X99")).isEqualTo("Bank return code X99");
        assertThat(ReturnReason.inWords(null)).isEqualTo("No reason given by the bank");
    }
}
