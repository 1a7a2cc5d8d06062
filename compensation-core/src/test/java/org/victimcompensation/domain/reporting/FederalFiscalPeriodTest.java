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
        VocaFigures figures = new VocaFigures(null,
                List.of(new VocaFigures.PaidByCrimeType("ASSAULT", 1, new BigDecimal("100.00"), 0, BigDecimal.ZERO)),
                List.of(new VocaFigures.PaidByCategory("MEDICAL_DENTAL", 1, new BigDecimal("90.00"))),
                new VocaFigures.PaidTotal(1, 1, new BigDecimal("100.00"), 0, BigDecimal.ZERO, new BigDecimal("100.00")), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of());
        assertThat(ReportConsistency.disagreements(figures)).singleElement().asString().contains("expense category");
    }
}
