package org.victimcompensation.domain.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a period that are flows (what happened in it), so a year is the sum of its
 * quarters and a rerun of a submitted quarter can be compared figure by figure. Pending at period
 * end, averages and medians are states, not flows, and are left out.
 */
public final class PeriodFlows {

    private PeriodFlows() {
    }

    /** A figure that a rerun finds different from what was submitted. */
    public record Difference(String figure, BigDecimal submitted, BigDecimal rerun, BigDecimal change) {
    }

    /** A flow over the year: each submitted quarter's value (null when not submitted), their sum, and the year recomputed. */
    public record YearLine(String figure, List<BigDecimal> quarters, BigDecimal sumOfQuarters, BigDecimal recomputed) {
    }

    public static Map<String, BigDecimal> of(VocaFigures figures) {
        Map<String, BigDecimal> flows = new LinkedHashMap<>();
        VocaFigures.Applications a = figures.applications();
        flows.put("Applications received", BigDecimal.valueOf(a.received()));
        flows.put("Applications approved", BigDecimal.valueOf(a.approved()));
        flows.put("Applications denied", BigDecimal.valueOf(a.denied()));
        flows.put("Applications closed without a decision", BigDecimal.valueOf(a.closed()));
        flows.put("Applications denied or closed", BigDecimal.valueOf(a.deniedOrClosed()));
        flows.put("Forensic-exam (SAFE) applications received", BigDecimal.valueOf(a.forensicExamApplications()));
        flows.put("Emergency awards approved", BigDecimal.valueOf(a.emergencyAwards()));
        flows.put("Emergency award amount", a.emergencyAwardAmount());
        VocaFigures.PaidTotal paid = figures.paidTotal();
        flows.put("Payments paid", BigDecimal.valueOf(paid.payments()));
        flows.put("Paid in the period (bank value date)", paid.grossPaid());
        flows.put("Returns booked in the period", BigDecimal.valueOf(paid.returns()));
        flows.put("Amount returned", paid.returnedAmount());
        flows.put("Amount paid (net)", paid.amountPaid());
        return flows;
    }

    public static List<Difference> differences(VocaFigures submitted, VocaFigures rerun) {
        Map<String, BigDecimal> before = of(submitted);
        List<Difference> differences = new ArrayList<>();
        of(rerun).forEach((figure, now) -> {
            BigDecimal then = before.get(figure);
            if (then.compareTo(now) != 0) {
                differences.add(new Difference(figure, then, now, now.subtract(then)));
            }
        });
        return differences;
    }

    /** {@code quarters} holds the submitted figures of quarters 1 to 4, null for a quarter not submitted. */
    public static List<YearLine> year(List<VocaFigures> quarters, VocaFigures recomputed) {
        List<Map<String, BigDecimal>> byQuarter = quarters.stream().map(q -> q == null ? null : of(q)).toList();
        List<YearLine> lines = new ArrayList<>();
        of(recomputed).forEach((figure, year) -> {
            List<BigDecimal> values = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, BigDecimal> quarter : byQuarter) {
                BigDecimal value = quarter == null ? null : quarter.get(figure);
                values.add(value);
                sum = value == null ? sum : sum.add(value);
            }
            lines.add(new YearLine(figure, values, sum, year));
        });
        return lines;
    }
}
