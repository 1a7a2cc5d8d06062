package org.victimcompensation.awards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.domain.award.Award;
import org.victimcompensation.domain.award.AwardDecision;
import org.victimcompensation.domain.award.BenefitSchedule;
import org.victimcompensation.domain.award.BenefitSchedules;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.time.Period;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Awards and the benefit schedules that cap them. An emergency award is in force once decided; a
 * final award once its claim is approved (by the reviewer, or by the supervisor above the threshold).
 */
@Component
public class Awards {

    private final JdbcClient jdbc;

    Awards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules are few and small; read fresh so a new version applies without a restart. */
    public BenefitSchedules schedules() {
        Map<Integer, Map<ExpenseCategory, Money>> caps = new HashMap<>();
        jdbc.sql("select schedule_id, category, cap from benefit_schedule_cap").query(rs -> {
            caps.computeIfAbsent(rs.getInt("schedule_id"), k -> new EnumMap<>(ExpenseCategory.class))
                    .put(ExpenseCategory.valueOf(rs.getString("category")), Money.of(rs.getBigDecimal("cap")));
        });
        return new BenefitSchedules(jdbc.sql("select * from benefit_schedule").query((rs, i) -> new BenefitSchedule(
                rs.getString("name"), rs.getDate("effective_from").toLocalDate(), Money.of(rs.getBigDecimal("overall_cap")),
                caps.getOrDefault(rs.getInt("id"), Map.of()), Money.of(rs.getBigDecimal("emergency_award_max")),
                Money.of(rs.getBigDecimal("supervisor_approval_above")), Period.ofYears(rs.getInt("filing_window_years")),
                rs.getInt("minor_filing_until_age"), Period.ofDays(rs.getInt("appeal_window_days")),
                rs.getInt("emergency_due_business_days"))).list());
    }

    public void recordEmergency(UUID claimId, ExpenseCategory category, Money amount) {
        jdbc.sql("""
                        insert into award (claim_id, kind, category, recommended, amount, payable, limited_by, final)
                        values (?, 'EMERGENCY', ?, ?, ?, ?, 'NONE', true)""")
                .params(claimId, category.name(), amount.toBigDecimal(), amount.toBigDecimal(), amount.toBigDecimal())
                .update();
    }

    public Map<ExpenseCategory, Money> emergencyPaid(UUID claimId) {
        Map<ExpenseCategory, Money> paid = new EnumMap<>(ExpenseCategory.class);
        jdbc.sql("select category, amount from award where claim_id = ? and kind = 'EMERGENCY'").param(claimId)
                .query(rs -> {
                    paid.merge(ExpenseCategory.valueOf(rs.getString("category")), Money.of(rs.getBigDecimal("amount")),
                            Money::plus);
                });
        return paid;
    }

    /** Stores a reviewer's awards; they are in force only after {@link #confirm(long)}. */
    public void recordProposed(UUID claimId, long reviewId, AwardDecision decision) {
        for (Award award : decision.awards()) {
            Money payable = decision.payableByCategory().getOrDefault(award.category(), Money.ZERO);
            jdbc.sql("""
                            insert into award (claim_id, review_id, kind, category, recommended, amount, payable, limited_by)
                            values (?, ?, 'FINAL', ?, ?, ?, ?, ?)""")
                    .params(claimId, reviewId, award.category().name(), award.recommended().toBigDecimal(),
                            award.amount().toBigDecimal(), payable.toBigDecimal(), award.limitedBy().name())
                    .update();
        }
    }

    public void confirm(long reviewId) {
        jdbc.sql("update award set final = true where review_id = ?").param(reviewId).update();
    }

    /** The retention purge: the claims' awards go with them (the money paid stays, as payments). */
    public int purge(Collection<UUID> claimIds) {
        return jdbc.sql("delete from award where claim_id = any(?)").param(claimIds.toArray(UUID[]::new)).update();
    }

    /** Awards in force on a claim: decided emergency awards and confirmed final awards. */
    public List<AwardLine> inForce(UUID claimId) {
        return lines("where claim_id = ? and final", claimId);
    }

    /** What a review proposed, confirmed or not: for staff to see before they approve. */
    public List<AwardLine> ofReview(long reviewId) {
        return lines("where review_id = ?", reviewId);
    }

    private List<AwardLine> lines(String where, Object param) {
        return jdbc.sql("select kind, category, recommended, amount, payable, limited_by from award " + where + " order by id")
                .param(param)
                .query((rs, i) -> new AwardLine(AwardLine.Kind.valueOf(rs.getString("kind")),
                        ExpenseCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("recommended") == null ? null : Money.of(rs.getBigDecimal("recommended")),
                        Money.of(rs.getBigDecimal("amount")), Money.of(rs.getBigDecimal("payable")),
                        Award.Limit.valueOf(rs.getString("limited_by"))))
                .list();
    }
}
