package org.victimcompensation.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.batch.reporting.ReportSettings;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.security.Access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the state certification lists besides payments (the only writer of {@code program_revenue} and
 * {@code recovery}): the program's revenue by source for a federal fiscal year, and restitution and
 * subrogation recovered on a claim. Program staff record both; each is audited.
 */
@Service
public class ProgramFunds {

    private final JdbcClient jdbc;
    private final Claims claims;
    private final AuditLog audit;
    private final Clock clock;
    private final ReportSettings settings;

    ProgramFunds(JdbcClient jdbc, Claims claims, AuditLog audit, Clock clock, ReportSettings settings) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    record Revenue(int fiscalYear, String source, Money amount) {
    }

    enum RecoveryKind {
        RESTITUTION, SUBROGATION
    }

    record Recovery(long id, String claimReference, RecoveryKind kind, Money amount, LocalDate receivedOn) {
    }

    /** The revenue recorded for the latest fiscal years, newest first, each year's sources by name. */
    @Transactional(readOnly = true)
    @Access.ProgramOperations
    List<Revenue> revenue(int limit) {
        return jdbc.sql("select fiscal_year, source, amount from program_revenue order by fiscal_year desc, source limit ?")
                .param(limit)
                .query((rs, i) -> new Revenue(rs.getInt("fiscal_year"), rs.getString("source"), Money.of(rs.getBigDecimal("amount"))))
                .list();
    }

    /** The latest recoveries recorded, by the day received, newest first. */
    @Transactional(readOnly = true)
    @Access.ProgramOperations
    List<Recovery> recentRecoveries(int limit) {
        return jdbc.sql("""
                        select r.id, c.reference, r.kind, r.amount, r.received_on from recovery r join claim c on c.id = r.claim_id
                        order by r.received_on desc, r.id desc limit ?""")
                .param(limit)
                .query((rs, i) -> new Recovery(rs.getLong("id"), rs.getString("reference"), RecoveryKind.valueOf(rs.getString("kind")),
                        Money.of(rs.getBigDecimal("amount")), rs.getDate("received_on").toLocalDate()))
                .list();
    }

    /** Records a revenue source's amount for the year; the same source again replaces it (a correction). Answers whether it was new. */
    @Transactional
    @Access.ProgramOperations
    boolean recordRevenue(Revenue revenue, String actor) {
        boolean replaced = jdbc.sql("""
                        insert into program_revenue (fiscal_year, source, amount) values (?, ?, ?)
                        on conflict (fiscal_year, source) do update set amount = excluded.amount
                        returning (xmax <> 0) as replaced""")
                .params(revenue.fiscalYear(), revenue.source(), revenue.amount().toBigDecimal())
                .query(Boolean.class).single();
        audit.recordOperation(actor, AuditAction.REVENUE_RECORDED, "FY" + revenue.fiscalYear() + " revenue '"
                + revenue.source() + "': " + revenue.amount() + (replaced ? " (replaced)" : ""));
        return !replaced;
    }

    /**
     * The retention purge: a purged claim's recoveries stay as anonymous amounts for the certification,
     * no longer linked to it. Returns how many were kept so.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int detachRecoveries(Collection<UUID> claimIds) {
        return jdbc.sql("update recovery set claim_id = null where claim_id = any(?)")
                .param(claimIds.toArray(UUID[]::new)).update();
    }

    /** Records money recovered on a claim; a date after today (in the program's zone) is refused. */
    @Transactional
    @Access.ProgramOperations
    Recovery recordRecovery(String claimReference, RecoveryKind kind, Money amount, LocalDate receivedOn, String actor) {
        if (amount.isZero()) {
            throw new InvalidRequestException("amount", "must be more than zero");
        }
        if (receivedOn.isAfter(LocalDate.ofInstant(clock.instant(), settings.zone()))) {
            throw new InvalidRequestException("receivedOn", "must not be in the future");
        }
        UUID claimId = claims.find(claimReference).map(ClaimRecord::id)
                .orElseThrow(() -> new NotFoundException("No claim has this reference."));
        long id = jdbc.sql("insert into recovery (claim_id, kind, amount, received_on) values (?, ?, ?, ?) returning id")
                .params(claimId, kind.name(), amount.toBigDecimal(), Date.valueOf(receivedOn))
                .query(Long.class).single();
        audit.record(actor, AuditAction.RECOVERY_RECORDED, claimReference, kind + " " + amount + " received " + receivedOn);
        return new Recovery(id, claimReference, kind, amount, receivedOn);
    }
}
