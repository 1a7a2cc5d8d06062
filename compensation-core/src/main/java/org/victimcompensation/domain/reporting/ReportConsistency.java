package org.victimcompensation.domain.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before a workbook is written, that the same money adds up the same way however it is
 * cut: by crime type, by expense category and overall; and the claims paid by crime type add up to
 * the claims paid overall. Claims received by crime type and sub-type add up to the claims received;
 * every demographic breakdown adds up to the victims (people) received, who are never more than the
 * claims. A disagreement stops the report with a message saying which.
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
        long received = figures.applications().received();
        long byCrimeLine = figures.crimeTypesReceived().stream().mapToLong(VocaFigures.Count::count).sum();
        if (byCrimeLine != received) {
            problems.add("claims received by crime type and sub-type (" + byCrimeLine + ") differ from the applications received ("
                    + received + ")");
        }
        VocaFigures.Victims victims = figures.victims();
        if (victims.received() > received) {
            problems.add("more victims (" + victims.received() + ") than applications received (" + received + ")");
        }
        if (victims.paid() > figures.paidTotal().claimsPaid()) {
            problems.add("more victims paid (" + victims.paid() + ") than claims paid (" + figures.paidTotal().claimsPaid() + ")");
        }
        victimsAddUp(problems, "age band", figures.ageBands(), victims.received());
        victimsAddUp(problems, "gender identity", figures.genderIdentity(), victims.received());
        victimsAddUp(problems, "race/ethnicity", figures.raceEthnicity(), victims.received());
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

    private static void victimsAddUp(List<String> problems, String breakdown, List<VocaFigures.Count> lines, long victims) {
        long sum = lines.stream().mapToLong(VocaFigures.Count::count).sum();
        if (sum != victims) {
            problems.add("victims by " + breakdown + " (" + sum + ") differ from the victims received (" + victims + ")");
        }
    }
}
