package org.victimcompensation.domain.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every figure of the OVC performance report and the state certification for one period: counts
 * and sums only, no personal data. Each figure comes from one documented SQL query (docs/reporting.md).
 * Victimization (crime types, divided into the PMT's sub-types, and flags) is counted among claims
 * received and among claims paid; age, gender identity and race/ethnicity count victims, each person
 * once ({@code victims}).
 */
public record VocaFigures(Applications applications, List<PaidByCrimeType> paidByCrimeType,
                          List<PaidByCategory> paidByCategory, PaidTotal paidTotal, List<Count> victimizationFlags,
                          List<Count> ageBands, List<Count> genderIdentity, List<Count> raceEthnicity,
                          Certification certification, List<Count> denialReasons, List<Count> crimeTypesReceived,
                          List<Count> victimizationFlagsPaid, Victims victims) {

    public record Applications(long received, long approved, long denied, long closed, long pendingAtPeriodEnd,
                               long forensicExamApplications, long emergencyAwards, BigDecimal emergencyAwardAmount,
                               BigDecimal averageDaysToDecision, BigDecimal medianDaysToDecision) {

        /** The PMT's one figure for applications denied or closed: denials dated in the period plus claims closed in it. */
        public long deniedOrClosed() {
            return denied + closed;
        }
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

    /**
     * Victims as people, not claims: the victims of claims received in the period and of claims paid
     * in it, each once however many claims were filed about them. Not a flow: a person with claims in
     * two quarters counts in each, and once in the year.
     */
    public record Victims(long received, long paid) {
    }

    /**
     * Only for a whole fiscal year. Federal funds are what payments record as charged to the VOCA grant
     * or other federal funds ({@code federalByGrantAward} itemizes them); the certification of year N
     * feeds the grant of {@code grantFiscalYear} (N + 2).
     */
    public record Certification(BigDecimal totalPaid, BigDecimal federalFunds, BigDecimal vocaGrant, BigDecimal otherFederal,
                                List<Amount> federalByGrantAward, BigDecimal propertyDamage,
                                BigDecimal stateFundedPayouts, BigDecimal estimatedFederalGrant, int grantFiscalYear,
                                List<Amount> revenueSources, List<Amount> recoveries) {
    }

    public record Amount(String label, BigDecimal amount) {
    }
}
