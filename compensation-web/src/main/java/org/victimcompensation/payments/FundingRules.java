package org.victimcompensation.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.security.Access;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The funding rules program staff keep (the only writer of {@code funding_rule}): which funds pay
 * which expense categories from which day. Rules are only added, never changed, so the rule an issued
 * payment records stays what it was; a correction is a later rule (core's {@code FundingRule.inForce}).
 */
@Service
class FundingRules {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FundingRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code category} null: every expense category. */
    record Rule(long id, LocalDate effectiveFrom, ExpenseCategory category, FundSource fundSource, String grantAward,
                String createdBy, Instant createdAt) {
    }

    @Transactional(readOnly = true)
    @Access.ProgramOperations
    List<Rule> all() {
        return jdbc.sql("select * from funding_rule order by effective_from, id")
                .query((rs, i) -> new Rule(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(),
                        rs.getString("category") == null ? null : ExpenseCategory.valueOf(rs.getString("category")),
                        FundSource.valueOf(rs.getString("fund_source")), rs.getString("grant_award"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Adds a rule; payments issued from its effective date on (in the program's zone) are charged by it. */
    @Transactional
    @Access.ProgramOperations
    Rule add(LocalDate effectiveFrom, ExpenseCategory category, FundSource fundSource, String grantAward, String actor) {
        String award = grantAward == null || grantAward.isBlank() ? null : grantAward.strip();
        String problem = fundSource.grantAwardProblem(award);
        if (problem != null) {
            throw new InvalidRequestException("grantAward", problem);
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into funding_rule (effective_from, category, fund_source, grant_award, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(Date.valueOf(effectiveFrom), category == null ? null : category.name(), fundSource.name(), award, actor,
                        Timestamp.from(now))
                .query(Long.class).single();
        audit.recordOperation(actor, AuditAction.FUNDING_RULE_ADDED, "funding rule " + id + ": from " + effectiveFrom + ", "
                + (category == null ? "every category" : category.name()) + ", " + fundSource + (award == null ? "" : " " + award));
        return new Rule(id, effectiveFrom, category, fundSource, award, actor, now);
    }
}
