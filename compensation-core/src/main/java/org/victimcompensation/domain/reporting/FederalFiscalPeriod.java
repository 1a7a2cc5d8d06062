package org.victimcompensation.domain.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A federal fiscal year (1 October to 30 September, named by the year it ends in) or one of its
 * quarters: FY2027 Q1 is October to December 2026.
 */
public record FederalFiscalPeriod(int fiscalYear, Integer quarter) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    public FederalFiscalPeriod {
        if (fiscalYear < 2000 || fiscalYear > 2200) {
            throw new IllegalArgumentException("fiscal year must be between 2000 and 2200");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1, 2, 3 or 4");
        }
    }

    public boolean isAnnual() {
        return quarter == null;
    }

    /** First day in the period. */
    public LocalDate start() {
        LocalDate yearStart = LocalDate.of(fiscalYear - 1, 10, 1);
        return isAnnual() ? yearStart : yearStart.plusMonths(3L * (quarter - 1));
    }

    /** First day after the period. */
    public LocalDate endExclusive() {
        return isAnnual() ? start().plusYears(1) : start().plusMonths(3);
    }

    public String label() {
        String name = "FY" + fiscalYear + (isAnnual() ? "" : " Q" + quarter);
        return name + " (" + DAY.format(start()) + " to " + DAY.format(endExclusive().minusDays(1)) + ")";
    }
}
