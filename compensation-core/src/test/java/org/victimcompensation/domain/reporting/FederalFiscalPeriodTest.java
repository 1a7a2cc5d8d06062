package org.victimcompensation.domain.reporting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FederalFiscalPeriodTest {

    @Test
    void fiscalYearsRunOctoberToSeptember() {
        FederalFiscalPeriod q1 = new FederalFiscalPeriod(2027, 1);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q1.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q1.label()).isEqualTo("FY2027 Q1 (October 1, 2026 to December 31, 2026)");
        assertThat(new FederalFiscalPeriod(2027, 4).start()).isEqualTo(LocalDate.of(2027, 7, 1));
        FederalFiscalPeriod year = new FederalFiscalPeriod(2027, null);
        assertThat(year.endExclusive()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThatThrownBy(() -> new FederalFiscalPeriod(2027, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disagreeingTotalsAreNamed() {
        List<VocaFigures.Count> two = List.of(new VocaFigures.Count("NOT_REPORTED", 2));
        VocaFigures figures = figures(List.of(new VocaFigures.Count("ASSAULT", 2)), new VocaFigures.Victims(2, 1),
                List.of(new VocaFigures.Count("AGE_25_59", 2)), two, two);
        assertThat(ReportConsistency.disagreements(figures)).singleElement().asString().contains("expense category");
    }

    @Test
    void victimsAreNeverMoreThanClaimsAndEveryBreakdownAddsUpToThem() {
        // 2 claims received, both typed; 3 victims is impossible, and the age bands count only 2 of them
        VocaFigures figures = figures(List.of(new VocaFigures.Count("CHILD_SEXUAL_ABUSE", 1),
                        new VocaFigures.Count("CHILD_ABUSE_NOT_SPECIFIED", 1)), new VocaFigures.Victims(3, 2),
                List.of(new VocaFigures.Count("AGE_0_12", 2)), List.of(), List.of(new VocaFigures.Count("NOT_REPORTED", 3)));
        assertThat(ReportConsistency.disagreements(figures)).anyMatch(p -> p.contains("expense category"))
                .anyMatch(p -> p.equals("more victims (3) than applications received (2)"))
                .anyMatch(p -> p.equals("more victims paid (2) than claims paid (1)"))
                .anyMatch(p -> p.equals("victims by age band (2) differ from the victims received (3)"))
                .noneMatch(p -> p.contains("race/ethnicity"))
                .anyMatch(p -> p.equals("victims by gender identity (0) differ from the victims received (3)"))
                .hasSize(5);
        List<VocaFigures.Count> one = List.of(new VocaFigures.Count("NOT_REPORTED", 1));
        VocaFigures untyped = figures(List.of(new VocaFigures.Count("ASSAULT", 1)), new VocaFigures.Victims(1, 1),
                List.of(new VocaFigures.Count("AGE_0_12", 1)), one, one);
        assertThat(ReportConsistency.disagreements(untyped))
                .contains("claims received by crime type and sub-type (1) differ from the applications received (2)");
    }

    /** 2 claims received; 1 claim paid 100.00 by crime type, 90.00 by expense category (a disagreement). */
    private static VocaFigures figures(List<VocaFigures.Count> crimeLinesReceived, VocaFigures.Victims victims,
                                       List<VocaFigures.Count> ages, List<VocaFigures.Count> genders,
                                       List<VocaFigures.Count> races) {
        return new VocaFigures(new VocaFigures.Applications(2, 0, 0, 0, 2, 0, 0, BigDecimal.ZERO, null, null),
                List.of(new VocaFigures.PaidByCrimeType("ASSAULT", 1, new BigDecimal("100.00"), 0, BigDecimal.ZERO)),
                List.of(new VocaFigures.PaidByCategory("MEDICAL_DENTAL", 1, new BigDecimal("90.00"))),
                new VocaFigures.PaidTotal(1, 1, new BigDecimal("100.00"), 0, BigDecimal.ZERO, new BigDecimal("100.00")),
                List.of(), ages, genders, races, null,
                List.of(), crimeLinesReceived, List.of(), victims);
    }
}
