package org.victimcompensation.domain.payment;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ExpenseCategory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FundingRuleTest {

    private static final FundingRule ALL_STATE = new FundingRule(1, LocalDate.parse("2025-10-01"), null, FundSource.STATE, null);
    private static final FundingRule MEDICAL_GRANT = new FundingRule(2, LocalDate.parse("2025-10-01"),
            ExpenseCategory.MEDICAL_DENTAL, FundSource.VOCA_GRANT, "15POVC-23-GG-00001-COMP");
    private static final FundingRule NEXT_YEAR_ALL_GRANT = new FundingRule(3, LocalDate.parse("2026-10-01"), null,
            FundSource.VOCA_GRANT, "15POVC-24-GG-00002-COMP");
    private static final FundingRule CORRECTED_MEDICAL = new FundingRule(4, LocalDate.parse("2025-10-01"),
            ExpenseCategory.MEDICAL_DENTAL, FundSource.OTHER_FEDERAL, null);
    private static final List<FundingRule> RULES = List.of(ALL_STATE, MEDICAL_GRANT, NEXT_YEAR_ALL_GRANT);

    @Test
    void theRuleInForceOnTheIssueDayDecides() {
        assertThat(FundingRule.inForce(RULES, ExpenseCategory.MEDICAL_DENTAL, LocalDate.parse("2025-09-30"))).isEmpty();
        assertThat(FundingRule.inForce(RULES, ExpenseCategory.MEDICAL_DENTAL, LocalDate.parse("2025-10-01"))).contains(MEDICAL_GRANT);
        assertThat(FundingRule.inForce(RULES, ExpenseCategory.FUNERAL_BURIAL, LocalDate.parse("2026-09-30"))).contains(ALL_STATE);
        // A newer rule for every category replaces last year's category rule.
        assertThat(FundingRule.inForce(RULES, ExpenseCategory.MEDICAL_DENTAL, LocalDate.parse("2026-10-01"))).contains(NEXT_YEAR_ALL_GRANT);
    }

    @Test
    void aLaterRuleForTheSameDateAndCategoryCorrectsTheEarlierOne() {
        List<FundingRule> corrected = List.of(ALL_STATE, MEDICAL_GRANT, CORRECTED_MEDICAL);
        assertThat(FundingRule.inForce(corrected, ExpenseCategory.MEDICAL_DENTAL, LocalDate.parse("2026-01-15")))
                .contains(CORRECTED_MEDICAL);
    }

    @Test
    void aGrantNamesItsAwardAndStateFundsHaveNone() {
        assertThat(FundSource.VOCA_GRANT.grantAwardProblem(null)).isNotNull();
        assertThat(FundSource.VOCA_GRANT.grantAwardProblem("15POVC-24-GG-00002-COMP")).isNull();
        assertThat(FundSource.STATE.grantAwardProblem("X")).isNotNull();
        assertThat(FundSource.OTHER_FEDERAL.grantAwardProblem(null)).isNull();
        assertThat(FundSource.OTHER_FEDERAL.isFederal()).isTrue();
        assertThat(FundSource.STATE.isFederal()).isFalse();
    }
}
