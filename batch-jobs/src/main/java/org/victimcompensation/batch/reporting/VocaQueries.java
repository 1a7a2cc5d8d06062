package org.victimcompensation.batch.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.domain.reporting.VocaFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The funder-report figures, each from one set-based query in PostgreSQL: claims are never loaded
 * into memory, only counts and sums come back. The same queries are written out in docs/reporting.md
 * so every figure can be reproduced by hand.
 */
@Component
public class VocaQueries {

    /** The federal grant's share of state-funded payouts (34 U.S.C. 20102 as amended in 2021). */
    static final BigDecimal FEDERAL_SHARE = new BigDecimal("0.75");
    /** The same share in words, for the workbook's labels and definitions. */
    static final String FEDERAL_SHARE_IN_WORDS = FEDERAL_SHARE.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    static final String NOT_REPORTED = "NOT_REPORTED";
    private static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    private final JdbcClient jdbc;

    VocaQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public VocaFigures compute(FederalFiscalPeriod period, ZoneId zone) {
        Timestamp from = Timestamp.from(period.start().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(period.endExclusive().atStartOfDay(zone).toInstant());
        return new VocaFigures(applications(from, to), paidByCrimeType(from, to), paidByCategory(from, to),
                paidTotal(from, to), flags(from, to), ageBands(from, to), genderIdentity(from, to),
                raceEthnicity(from, to), period.isAnnual() ? certification(period, from, to) : null);
    }

    private VocaFigures.Applications applications(Timestamp from, Timestamp to) {
        var row = jdbc.sql("""
                        select
                          count(*) filter (where c.submitted_at >= :from and c.submitted_at < :to) as received,
                          count(*) filter (where c.decision_outcome = 'APPROVED' and c.decided_at >= :from and c.decided_at < :to) as approved,
                          count(*) filter (where c.decision_outcome = 'DENIED' and c.decided_at >= :from and c.decided_at < :to) as denied,
                          count(*) filter (where c.closed_at >= :from and c.closed_at < :to) as closed,
                          count(*) filter (where c.submitted_at < :to and (c.decided_at is null or c.decided_at >= :to)
                                             and (c.closed_at is null or c.closed_at >= :to)) as pending,
                          count(*) filter (where c.submitted_at >= :from and c.submitted_at < :to
                                             and (c.verification_source = 'FORENSIC_EXAM' or f.claim_id is not null)) as forensic,
                          avg(extract(epoch from c.decided_at - c.submitted_at) / 86400)
                            filter (where c.decided_at >= :from and c.decided_at < :to) as average_days,
                          percentile_cont(0.5) within group (order by extract(epoch from c.decided_at - c.submitted_at) / 86400)
                            filter (where c.decided_at >= :from and c.decided_at < :to) as median_days
                        from claim c
                        left join (select distinct claim_id from expense where category = 'FORENSIC_EXAM') f on f.claim_id = c.id
                        where c.submitted_at < :to""")
                .param("from", from).param("to", to).query().singleRow();
        var emergency = jdbc.sql("""
                        select count(*) as awards, coalesce(sum(amount), 0) as amount from emergency_decision
                        where approved and decided_at >= :from and decided_at < :to""")
                .param("from", from).param("to", to).query().singleRow();
        return new VocaFigures.Applications(number(row.get("received")), number(row.get("approved")),
                number(row.get("denied")), number(row.get("closed")), number(row.get("pending")),
                number(row.get("forensic")), number(emergency.get("awards")), money(emergency.get("amount")),
                days(row.get("average_days")), days(row.get("median_days")));
    }

    /** Paid means settled in the period and not since returned. */
    private List<VocaFigures.PaidByCrimeType> paidByCrimeType(Timestamp from, Timestamp to) {
        return jdbc.sql("""
                        select c.crime_type, count(distinct p.claim_id) as claims, sum(p.amount) as amount,
                          count(distinct p.claim_id) filter (where 'DOMESTIC_OR_FAMILY_VIOLENCE' = any(c.crime_flags)) as dv_claims,
                          coalesce(sum(p.amount) filter (where 'DOMESTIC_OR_FAMILY_VIOLENCE' = any(c.crime_flags)), 0) as dv_amount
                        from payment p join claim c on c.id = p.claim_id
                        where p.status = 'SETTLED' and p.settled_at >= :from and p.settled_at < :to
                        group by c.crime_type order by c.crime_type""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new VocaFigures.PaidByCrimeType(rs.getString("crime_type"), rs.getLong("claims"),
                        rs.getBigDecimal("amount"), rs.getLong("dv_claims"), rs.getBigDecimal("dv_amount")))
                .list();
    }

    private List<VocaFigures.PaidByCategory> paidByCategory(Timestamp from, Timestamp to) {
        return jdbc.sql("""
                        select p.category, count(*) as payments, sum(p.amount) as amount from payment p
                        where p.status = 'SETTLED' and p.settled_at >= :from and p.settled_at < :to
                        group by p.category order by p.category""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new VocaFigures.PaidByCategory(rs.getString("category"), rs.getLong("payments"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    private VocaFigures.PaidTotal paidTotal(Timestamp from, Timestamp to) {
        return jdbc.sql("""
                        select count(distinct p.claim_id) as claims, count(*) as payments, coalesce(sum(p.amount), 0) as amount
                        from payment p where p.status = 'SETTLED' and p.settled_at >= :from and p.settled_at < :to""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new VocaFigures.PaidTotal(rs.getLong("claims"), rs.getLong("payments"),
                        rs.getBigDecimal("amount")))
                .single();
    }

    private List<VocaFigures.Count> flags(Timestamp from, Timestamp to) {
        return counts("""
                select flag as label, count(*) as count from claim c, unnest(c.crime_flags) as flag
                where c.submitted_at >= :from and c.submitted_at < :to group by flag order by flag""", from, to);
    }

    private List<VocaFigures.Count> ageBands(Timestamp from, Timestamp to) {
        return counts("""
                select victim_age_band as label, count(*) as count from claim
                where submitted_at >= :from and submitted_at < :to group by victim_age_band order by victim_age_band""", from, to);
    }

    private List<VocaFigures.Count> genderIdentity(Timestamp from, Timestamp to) {
        return everyCategory(GenderIdentity.values(), counts("""
                select coalesce(nullif(gender_identity, 'PREFER_NOT_TO_SAY'), 'NOT_REPORTED') as label, count(*) as count
                from claim where submitted_at >= :from and submitted_at < :to group by 1""", from, to));
    }

    /** Self-reported, more than one allowed: the counts can add up to more than the claims. */
    private List<VocaFigures.Count> raceEthnicity(Timestamp from, Timestamp to) {
        return everyCategory(RaceEthnicity.values(), counts("""
                select coalesce(nullif(r, 'PREFER_NOT_TO_SAY'), 'NOT_REPORTED') as label, count(*) as count
                from claim c left join lateral unnest(c.race_ethnicity) as r on true
                where c.submitted_at >= :from and c.submitted_at < :to group by 1""", from, to));
    }

    /**
     * One line per category of a self-reported list, in the list's order and with zeros, then "not
     * reported" (no answer, or preferred not to say): the funder's categories, whatever was counted.
     */
    private static List<VocaFigures.Count> everyCategory(Enum<?>[] categories, List<VocaFigures.Count> counted) {
        Map<String, Long> byCode = counted.stream().collect(Collectors.toMap(VocaFigures.Count::label, VocaFigures.Count::count));
        List<VocaFigures.Count> lines = new ArrayList<>();
        for (Enum<?> category : categories) {
            if (!category.name().equals(PREFER_NOT_TO_SAY)) {
                lines.add(new VocaFigures.Count(category.name(), byCode.getOrDefault(category.name(), 0L)));
            }
        }
        lines.add(new VocaFigures.Count(NOT_REPORTED, byCode.getOrDefault(NOT_REPORTED, 0L)));
        return lines;
    }

    private VocaFigures.Certification certification(FederalFiscalPeriod period, Timestamp from, Timestamp to) {
        var paid = jdbc.sql("""
                        select coalesce(sum(amount), 0) as total,
                          coalesce(sum(amount) filter (where fund_source = 'FEDERAL_VOCA'), 0) as federal,
                          coalesce(sum(amount) filter (where property_damage and fund_source = 'STATE'), 0) as property
                        from payment where status = 'SETTLED' and settled_at >= :from and settled_at < :to""")
                .param("from", from).param("to", to).query().singleRow();
        BigDecimal total = money(paid.get("total"));
        BigDecimal federal = money(paid.get("federal"));
        BigDecimal property = money(paid.get("property"));
        BigDecimal stateFunded = total.subtract(federal).subtract(property);
        List<VocaFigures.Amount> revenue = jdbc.sql(
                        "select source, amount from program_revenue where fiscal_year = ? order by source")
                .param(period.fiscalYear())
                .query((rs, i) -> new VocaFigures.Amount(rs.getString("source"), rs.getBigDecimal("amount"))).list();
        List<VocaFigures.Amount> recoveries = jdbc.sql("""
                        select k.kind, coalesce(sum(r.amount), 0) as amount
                        from (values ('RESTITUTION'), ('SUBROGATION')) as k(kind)
                        left join recovery r on r.kind = k.kind and r.received_on >= :from and r.received_on < :to
                        group by k.kind order by k.kind""")
                .param("from", Date.valueOf(period.start())).param("to", Date.valueOf(period.endExclusive()))
                .query((rs, i) -> new VocaFigures.Amount(rs.getString("kind"), rs.getBigDecimal("amount"))).list();
        return new VocaFigures.Certification(total, federal, property, stateFunded,
                stateFunded.multiply(FEDERAL_SHARE).setScale(2, RoundingMode.HALF_UP), revenue, recoveries);
    }

    private List<VocaFigures.Count> counts(String sql, Timestamp from, Timestamp to) {
        return jdbc.sql(sql).param("from", from).param("to", to)
                .query((rs, i) -> new VocaFigures.Count(rs.getString("label"), rs.getLong("count"))).list();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
