package org.victimcompensation.domain.fairprocess;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DenialReason;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FairProcessRulesTest {

    private static final FairProcessRules RULES = FairProcessRules.defaults();
    private static final String RATIONALE = "x".repeat(100);

    private static DenialFacts denial(DenialReason reason, String rationale, CrimeType type, Set<CrimeFlag> flags) {
        return new DenialFacts(reason, rationale, type, flags, true, false, true, List.of());
    }

    @Test
    void contributoryConductIsRefusedForExcludedCrimesAndFlagsWhateverTheRationale() {
        assertThat(RULES.refusal(denial(DenialReason.CONTRIBUTORY_CONDUCT, RATIONALE, CrimeType.SEXUAL_ASSAULT, Set.of())))
                .hasValueSatisfying(why -> assertThat(why).contains("sexual assault"));
        assertThat(RULES.refusal(denial(DenialReason.CONTRIBUTORY_CONDUCT, RATIONALE, CrimeType.ASSAULT,
                Set.of(CrimeFlag.HATE_CRIME, CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE))))
                .hasValueSatisfying(why -> assertThat(why).contains("domestic or family violence").doesNotContain("hate"));
        assertThat(RULES.refusal(denial(DenialReason.CONTRIBUTORY_CONDUCT, RATIONALE, CrimeType.ASSAULT, Set.of()))).isEmpty();
    }

    @Test
    void contributoryConductNeedsARationaleOfTheMinimumLength() {
        assertThat(RULES.refusal(denial(DenialReason.CONTRIBUTORY_CONDUCT, "  was drinking  ", CrimeType.ROBBERY, Set.of())))
                .hasValueSatisfying(why -> assertThat(why).contains("at least 100 characters").contains("has 12"));
        assertThat(RULES.refusal(denial(DenialReason.EXPENSES_NOT_COVERED, "", CrimeType.ROBBERY, Set.of()))).isEmpty();
    }

    @Test
    void aLateClaimIsNeverDeniedWithoutAGoodCauseFinding() {
        DenialFacts late = new DenialFacts(DenialReason.EXPENSES_NOT_COVERED, "", CrimeType.ROBBERY, Set.of(), false,
                false, true, List.of());
        assertThat(RULES.refusal(late)).hasValueSatisfying(why -> assertThat(why).contains("good-cause finding"));
        DenialFacts found = new DenialFacts(DenialReason.EXPENSES_NOT_COVERED, "", CrimeType.ROBBERY, Set.of(), false,
                true, true, List.of());
        assertThat(RULES.refusal(found)).isEmpty();
    }

    @Test
    void noClaimIsDeniedForAProvidersSilenceOrWithoutAskingTheSurvivor() {
        DenialFacts providerSilent = new DenialFacts(DenialReason.NO_VERIFICATION_AFTER_REQUESTS, "", CrimeType.ROBBERY,
                Set.of(), true, false, true, List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)));
        assertThat(RULES.refusal(providerSilent)).hasValueSatisfying(why -> assertThat(why).contains("2026-02-01"));
        DenialFacts neverAsked = new DenialFacts(DenialReason.NO_VERIFICATION_AFTER_REQUESTS, "", CrimeType.ROBBERY,
                Set.of(), true, false, false, List.of());
        assertThat(RULES.refusal(neverAsked)).hasValueSatisfying(why -> assertThat(why).contains("never asked"));
    }

    @Test
    void theVersionInForceOnTheDayAppliesAndReopeningHasItsPeriod() {
        FairProcessRules stricter = new FairProcessRules("2027", LocalDate.of(2027, 1, 1), 200, Set.of(), Set.of(),
                Period.ofMonths(6));
        List<FairProcessRules> versions = List.of(stricter, RULES);
        assertThat(FairProcessRules.inForceOn(versions, LocalDate.of(2026, 12, 31))).isEqualTo(RULES);
        assertThat(FairProcessRules.inForceOn(versions, LocalDate.of(2027, 1, 1))).isEqualTo(stricter);
        assertThat(RULES.mayReopen(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10))).isTrue();
        assertThat(RULES.mayReopen(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 11))).isFalse();
    }
}
