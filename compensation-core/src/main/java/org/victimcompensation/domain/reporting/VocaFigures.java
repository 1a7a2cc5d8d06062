package org.victimcompensation.domain.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every figure of the OVC performance report and the state certification for one period: counts
 * and sums only, no personal data. Each figure comes from one documented SQL query (docs/reporting.md).
 */
public record VocaFigures(Applications applications, List<PaidByCrimeType> paidByCrimeType,
                          List<PaidByCategory> paidByCategory, PaidTotal paidTotal, List<Count> victimizationFlags,
                          List<Count> ageBands, List<Count> genderIdentity, List<Count> raceEthnicity,
                          Certification certification) {

    public record Applications(long received, long approved, long denied, long closed, long pendingAtPeriodEnd,
                               long forensicExamApplications, long emergencyAwards, BigDecimal emergencyAwardAmount,
                               BigDecimal averageDaysToDecision, BigDecimal medianDaysToDecision) {
    }

    public record PaidByCrimeType(String crimeType, long claimsPaid, BigDecimal amountPaid, long dvClaimsPaid,
                                  BigDecimal dvAmountPaid) {
    }

    public record PaidByCategory(String category, long payments, BigDecimal amountPaid) {
    }

    /** Paid in the period (gross), less returns booked in it, equals the amount paid (net). */
    public record PaidTotal(long claimsPaid, long payments, BigDecimal grossPaid, long returns, BigDecimal returnedAmount,
                            BigDecimal amountPaid) {
    }

    public record Count(String label, long count) {
    }

    /** Only for a whole fiscal year. */
    public record Certification(BigDecimal totalPaid, BigDecimal federalFunds, BigDecimal propertyDamage,
                                BigDecimal stateFundedPayouts, BigDecimal estimatedFederalGrant,
                                List<Amount> revenueSources, List<Amount> recoveries) {
    }

    public record Amount(String label, BigDecimal amount) {
    }
}
