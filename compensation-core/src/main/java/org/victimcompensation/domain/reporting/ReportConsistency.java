package org.victimcompensation.domain.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before a workbook is written, that the same money adds up the same way however it is
 * cut: by crime type, by expense category and overall; and the claims paid by crime type add up to
 * the claims paid overall. A disagreement stops the report with a message saying which.
 */
public final class ReportConsistency {

    private ReportConsistency() {
    }

    public static List<String> disagreements(VocaFigures figures) {
        List<String> problems = new ArrayList<>();
        BigDecimal byCrimeType = figures.paidByCrimeType().stream().map(VocaFigures.PaidByCrimeType::amountPaid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byCategory = figures.paidByCategory().stream().map(VocaFigures.PaidByCategory::amountPaid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overall = figures.paidTotal().amountPaid();
        if (byCrimeType.compareTo(overall) != 0) {
            problems.add("amount paid by crime type (" + byCrimeType + ") differs from the total paid (" + overall + ")");
        }
        if (byCategory.compareTo(overall) != 0) {
            problems.add("amount paid by expense category (" + byCategory + ") differs from the total paid (" + overall + ")");
        }
        long claimsByCrimeType = figures.paidByCrimeType().stream().mapToLong(VocaFigures.PaidByCrimeType::claimsPaid).sum();
        if (claimsByCrimeType != figures.paidTotal().claimsPaid()) {
            problems.add("claims paid by crime type (" + claimsByCrimeType + ") differ from the claims paid overall ("
                    + figures.paidTotal().claimsPaid() + ")");
        }
        long payments = figures.paidByCategory().stream().mapToLong(VocaFigures.PaidByCategory::payments).sum();
        if (payments != figures.paidTotal().payments()) {
            problems.add("payments by expense category (" + payments + ") differ from the payments overall ("
                    + figures.paidTotal().payments() + ")");
        }
        if (figures.certification() != null) {
            VocaFigures.Certification c = figures.certification();
            if (c.totalPaid().compareTo(overall) != 0) {
                problems.add("the certification's total paid (" + c.totalPaid() + ") differs from the total paid (" + overall + ")");
            }
            if (c.totalPaid().subtract(c.federalFunds()).subtract(c.propertyDamage()).compareTo(c.stateFundedPayouts()) != 0) {
                problems.add("state-funded payouts do not equal total paid less federal funds less property damage");
            }
        }
        return problems;
    }
}
