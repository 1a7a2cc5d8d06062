package org.victimcompensation.batch.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.domain.reporting.VocaFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The certification of fiscal year N's payouts sets the compensation grant awarded in year N + 2. */
    static final int GRANT_YEARS_LATER = 2;
    static final String NOT_REPORTED = "NOT_REPORTED";
    static final String MULTIPLE_RACES = "MULTIPLE_RACES";
    private static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";
    /** The line of a claim of a divided crime type given no sub-type: CHILD_ABUSE_NOT_SPECIFIED. */
    static final String NOT_SPECIFIED = "_NOT_SPECIFIED";

    /**
     * The line a claim is counted on by crime type (alias {@code c}): its crime type, or for a type the
     * PMT divides its sub-type ("child sexual abuse/assault", "human trafficking: labor"...), or the
     * type's "not specified" line when none was given: never a guess.
     */
    static final String CRIME_LINE = "case when c.crime_type in (" + Arrays.stream(CrimeSubType.values())
            .map(t -> "'" + t.type().name() + "'").distinct().collect(Collectors.joining(", "))
            + ") then coalesce(c.crime_subtype, c.crime_type || '" + NOT_SPECIFIED + "') else c.crime_type end";

    /**
     * One victim, whoever filed (alias {@code c}): the keyed hash of the victim's name and birth date;
     * claims from before it was kept fall back to the older hash of last name and birth date.
     */
    private static final String VICTIM = "coalesce(c.victim_key, c.applicant_lookup_hash)";

    private final JdbcClient jdbc;

    VocaQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public VocaFigures compute(FederalFiscalPeriod period, ZoneId zone) {
        Period p = Period.of(period, zone);
        Demographics victims = demographics(p);
        return new VocaFigures(applications(p), paidByCrimeType(p), paidByCategory(p),
                paidTotal(p), flags(p.from, p.to), victims.ageBands(), victims.genderIdentity(),
                victims.raceEthnicity(), period.isAnnual() ? certification(period, p) : null, denialReasons(p),
                crimeTypesReceived(p.from, p.to), flagsAmongPaid(p),
                new VocaFigures.Victims(victims.received(), victimsPaid(p)));
    }

    /** A period as instants (for times), as days (for the bank's dates) and the zone whose days count. */
    private record Period(Timestamp from, Timestamp to, Date fromDate, Date toDate, String zone) {
        static Period of(FederalFiscalPeriod period, ZoneId zone) {
            return new Period(Timestamp.from(period.start().atStartOfDay(zone).toInstant()),
                    Timestamp.from(period.endExclusive().atStartOfDay(zone).toInstant()),
                    Date.valueOf(period.start()), Date.valueOf(period.endExclusive()), zone.getId());
        }
    }

    /**
     * Money moves on dated facts only: a payment is paid on the bank's value date (or, when the bank
     * gave none, the day the file was processed in the program's zone) and a return is booked,
     * negative, on its own date: so a later return changes the period it happened in, never an
     * earlier one.
     */
    private static final String MOVEMENTS = """
            with movement as (
              select p.claim_id, p.category, p.amount, p.fund_source, p.grant_award, p.property_damage, true as paid
              from payment p
              where p.settled_at is not null
                and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) >= :fromDate
                and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) < :toDate
              union all
              select p.claim_id, p.category, -p.amount, p.fund_source, p.grant_award, p.property_damage, false
              from payment p
              where p.settled_at is not null and p.returned_at is not null
                and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) >= :fromDate
                and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) < :toDate
            )
            """;

    private JdbcClient.StatementSpec sql(String sql, Period p) {
        return jdbc.sql(sql).param("from", p.from).param("to", p.to).param("fromDate", p.fromDate)
                .param("toDate", p.toDate).param("zone", p.zone);
    }

    /**
     * Decisions are dated events (claim_decision): a denial later reopened on appeal still counts in
     * its period, and pending means no decision standing at period end.
     */
    private VocaFigures.Applications applications(Period p) {
        var row = sql("""
                        select
                          count(*) filter (where c.submitted_at >= :from) as received,
                          count(*) filter (where c.closed_at >= :from and c.closed_at < :to) as closed,
                          count(*) filter (where (c.closed_at is null or c.closed_at >= :to) and not exists (
                            select 1 from claim_decision d where d.claim_id = c.id and d.decided_at < :to
                              and (d.reopened_at is null or d.reopened_at >= :to))) as pending,
                          count(*) filter (where c.submitted_at >= :from and f.claim_id is not null) as forensic
                        from claim c
                        left join (select distinct claim_id from expense where category = 'FORENSIC_EXAM') f on f.claim_id = c.id
                        where c.submitted_at < :to""", p).query().singleRow();
        // Calendar days in the program's zone: submitted on the 1st and decided on the 3rd is 2 days.
        var decisions = sql("""
                        select count(*) filter (where d.outcome = 'APPROVED') as approved,
                          count(*) filter (where d.outcome = 'DENIED') as denied,
                          avg((d.decided_at at time zone :zone)::date - (c.submitted_at at time zone :zone)::date) as average_days,
                          percentile_cont(0.5) within group (order by (d.decided_at at time zone :zone)::date
                            - (c.submitted_at at time zone :zone)::date) as median_days
                        from claim_decision d join claim c on c.id = d.claim_id
                        where d.decided_at >= :from and d.decided_at < :to""", p).query().singleRow();
        var emergency = sql("""
                        select count(*) as awards, coalesce(sum(amount), 0) as amount from emergency_decision
                        where approved and decided_at >= :from and decided_at < :to""", p).query().singleRow();
        return new VocaFigures.Applications(number(row.get("received")), number(decisions.get("approved")),
                number(decisions.get("denied")), number(row.get("closed")), number(row.get("pending")),
                number(row.get("forensic")), number(emergency.get("awards")), money(emergency.get("amount")),
                days(decisions.get("average_days")), days(decisions.get("median_days")));
    }

    /** Claims paid: distinct claims with a payment paid in the period; amounts net of returns booked in it. */
    private List<VocaFigures.PaidByCrimeType> paidByCrimeType(Period p) {
        return sql(MOVEMENTS + """
                        select %s as crime_type, count(distinct m.claim_id) filter (where m.paid) as claims, sum(m.amount) as amount,
                          count(distinct m.claim_id) filter (where m.paid and 'DOMESTIC_OR_FAMILY_VIOLENCE' = any(c.crime_flags)) as dv_claims,
                          coalesce(sum(m.amount) filter (where 'DOMESTIC_OR_FAMILY_VIOLENCE' = any(c.crime_flags)), 0) as dv_amount
                        from movement m join claim c on c.id = m.claim_id
                        group by 1 order by 1""".formatted(CRIME_LINE), p)
                .query((rs, i) -> new VocaFigures.PaidByCrimeType(rs.getString("crime_type"), rs.getLong("claims"),
                        rs.getBigDecimal("amount"), rs.getLong("dv_claims"), rs.getBigDecimal("dv_amount")))
                .list();
    }

    private List<VocaFigures.PaidByCategory> paidByCategory(Period p) {
        return sql(MOVEMENTS + """
                        select m.category, count(*) filter (where m.paid) as payments, sum(m.amount) as amount from movement m
                        group by m.category order by m.category""", p)
                .query((rs, i) -> new VocaFigures.PaidByCategory(rs.getString("category"), rs.getLong("payments"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    private VocaFigures.PaidTotal paidTotal(Period p) {
        return sql(MOVEMENTS + """
                        select count(distinct m.claim_id) filter (where m.paid) as claims, count(*) filter (where m.paid) as payments,
                          coalesce(sum(m.amount) filter (where m.paid), 0) as gross,
                          count(*) filter (where not m.paid) as returns,
                          coalesce(-sum(m.amount) filter (where not m.paid), 0) as returned,
                          coalesce(sum(m.amount), 0) as amount
                        from movement m""", p)
                .query((rs, i) -> new VocaFigures.PaidTotal(rs.getLong("claims"), rs.getLong("payments"),
                        money(rs.getBigDecimal("gross")), rs.getLong("returns"), money(rs.getBigDecimal("returned")),
                        money(rs.getBigDecimal("amount"))))
                .single();
    }

    private List<VocaFigures.Count> flags(Timestamp from, Timestamp to) {
        return counts("""
                select flag as label, count(*) as count from claim c, unnest(c.crime_flags) as flag
                where c.submitted_at >= :from and c.submitted_at < :to group by flag order by flag""", from, to);
    }

    /** Denial decisions dated in the period by reason, every reason listed (with zeros). */
    private List<VocaFigures.Count> denialReasons(Period p) {
        List<VocaFigures.Count> counted = sql("""
                        select coalesce(denial_reason, 'OTHER') as label, count(*) as count from claim_decision
                        where outcome = 'DENIED' and decided_at >= :from and decided_at < :to group by 1""", p)
                .query((rs, i) -> new VocaFigures.Count(rs.getString("label"), rs.getLong("count"))).list();
        Map<String, Long> byReason = counted.stream().collect(Collectors.toMap(VocaFigures.Count::label, VocaFigures.Count::count));
        return Arrays.stream(DenialReason.values())
                .map(r -> new VocaFigures.Count(r.name(), byReason.getOrDefault(r.name(), 0L))).toList();
    }

    private List<VocaFigures.Count> crimeTypesReceived(Timestamp from, Timestamp to) {
        return counts("""
                select %s as label, count(*) as count from claim c
                where c.submitted_at >= :from and c.submitted_at < :to group by 1 order by 1""".formatted(CRIME_LINE), from, to);
    }

    /** Victims among claims paid in the period (a payment bank-dated in it), each person once. */
    private long victimsPaid(Period p) {
        return sql(MOVEMENTS + """
                        select count(distinct %s)
                        from (select distinct claim_id from movement where paid) m join claim c on c.id = m.claim_id""".formatted(VICTIM), p)
                .query(Long.class).single();
    }

    /** OVC counts victimization among claims paid: claims with a payment bank-dated in the period, by flag. */
    private List<VocaFigures.Count> flagsAmongPaid(Period p) {
        return sql(MOVEMENTS + """
                        select flag as label, count(*) as count
                        from (select distinct claim_id from movement where paid) m join claim c on c.id = m.claim_id,
                          unnest(c.crime_flags) as flag
                        group by flag order by flag""", p)
                .query((rs, i) -> new VocaFigures.Count(rs.getString("label"), rs.getLong("count"))).list();
    }

    /** The victims of the claims received in a period, each person once, and how they describe themselves. */
    private record Demographics(long received, List<VocaFigures.Count> ageBands, List<VocaFigures.Count> genderIdentity,
                                List<VocaFigures.Count> raceEthnicity) {
    }

    /**
     * The PMT counts victims, not claims: each victim of a claim received in the period once, as their
     * latest claim in it describes them (age on that claim's crime date); one race/ethnicity category
     * per victim, "multiple races" for more than one. One pass: the victims are picked once and grouped
     * three ways.
     */
    private Demographics demographics(Period p) {
        record Line(String dimension, String label, long count) {
        }
        List<Line> lines = sql("""
                        with victim as (
                          select distinct on (%1$s) c.victim_age_band, c.gender_identity,
                            array_remove(c.race_ethnicity, 'PREFER_NOT_TO_SAY') as races
                          from claim c where c.submitted_at >= :from and c.submitted_at < :to
                          order by %1$s, c.submitted_at desc, c.id desc)
                        select 'AGE' as dimension, victim_age_band as label, count(*) as count from victim group by 2
                        union all
                        select 'GENDER', coalesce(nullif(gender_identity, 'PREFER_NOT_TO_SAY'), 'NOT_REPORTED'), count(*) from victim group by 2
                        union all
                        select 'RACE', case cardinality(races) when 0 then 'NOT_REPORTED' when 1 then races[1] else 'MULTIPLE_RACES' end,
                          count(*) from victim group by 2
                        order by 1, 2""".formatted(VICTIM), p)
                .query((rs, i) -> new Line(rs.getString("dimension"), rs.getString("label"), rs.getLong("count"))).list();
        Map<String, List<VocaFigures.Count>> by = lines.stream().collect(Collectors.groupingBy(Line::dimension,
                Collectors.mapping(l -> new VocaFigures.Count(l.label(), l.count()), Collectors.toList())));
        List<VocaFigures.Count> ages = by.getOrDefault("AGE", List.of());
        return new Demographics(ages.stream().mapToLong(VocaFigures.Count::count).sum(), ages,
                everyCategory(GenderIdentity.values(), by.getOrDefault("GENDER", List.of())),
                everyCategory(RaceEthnicity.values(), by.getOrDefault("RACE", List.of()), MULTIPLE_RACES));
    }

    /**
     * One line per category of a self-reported list, in the list's order and with zeros, then "not
     * reported" (no answer, or preferred not to say): the funder's categories, whatever was counted.
     */
    private static List<VocaFigures.Count> everyCategory(Enum<?>[] categories, List<VocaFigures.Count> counted,
                                                         String... extraLines) {
        Map<String, Long> byCode = counted.stream().collect(Collectors.toMap(VocaFigures.Count::label, VocaFigures.Count::count));
        List<VocaFigures.Count> lines = new ArrayList<>();
        for (Enum<?> category : categories) {
            if (!category.name().equals(PREFER_NOT_TO_SAY)) {
                lines.add(new VocaFigures.Count(category.name(), byCode.getOrDefault(category.name(), 0L)));
            }
        }
        for (String extra : extraLines) {
            lines.add(new VocaFigures.Count(extra, byCode.getOrDefault(extra, 0L)));
        }
        lines.add(new VocaFigures.Count(NOT_REPORTED, byCode.getOrDefault(NOT_REPORTED, 0L)));
        return lines;
    }

    /**
     * The certification counts the funds each payment records (issued under the rule in force, or
     * re-charged since), so its federal line is what the federal financial reports charged.
     */
    private VocaFigures.Certification certification(FederalFiscalPeriod period, Period p) {
        var paid = sql(MOVEMENTS + """
                        select coalesce(sum(amount), 0) as total,
                          coalesce(sum(amount) filter (where fund_source = 'VOCA_GRANT'), 0) as voca_grant,
                          coalesce(sum(amount) filter (where fund_source = 'OTHER_FEDERAL'), 0) as other_federal,
                          coalesce(sum(amount) filter (where property_damage and fund_source = 'STATE'), 0) as property
                        from movement""", p).query().singleRow();
        BigDecimal total = money(paid.get("total"));
        BigDecimal vocaGrant = money(paid.get("voca_grant"));
        BigDecimal otherFederal = money(paid.get("other_federal"));
        BigDecimal federal = vocaGrant.add(otherFederal);
        BigDecimal property = money(paid.get("property"));
        BigDecimal stateFunded = total.subtract(federal).subtract(property);
        List<VocaFigures.Amount> byAward = sql(MOVEMENTS + """
                        select fund_source || coalesce(' ' || grant_award, '') as label, sum(amount) as amount from movement
                        where fund_source in ('VOCA_GRANT', 'OTHER_FEDERAL') group by 1 order by 1""", p)
                .query((rs, i) -> new VocaFigures.Amount(rs.getString("label"), money(rs.getBigDecimal("amount")))).list();
        List<VocaFigures.Amount> revenue = jdbc.sql(
                        "select source, amount from program_revenue where fiscal_year = ? order by source")
                .param(period.fiscalYear())
                .query((rs, i) -> new VocaFigures.Amount(rs.getString("source"), rs.getBigDecimal("amount"))).list();
        List<VocaFigures.Amount> recoveries = jdbc.sql("""
                        select k.kind, coalesce(sum(r.amount), 0) as amount
                        from (values ('RESTITUTION'), ('SUBROGATION')) as k(kind)
                        left join recovery r on r.kind = k.kind and r.received_on >= :fromDate and r.received_on < :toDate
                        group by k.kind order by k.kind""")
                .param("fromDate", p.fromDate).param("toDate", p.toDate)
                .query((rs, i) -> new VocaFigures.Amount(rs.getString("kind"), rs.getBigDecimal("amount"))).list();
        return new VocaFigures.Certification(total, federal, vocaGrant, otherFederal, byAward, property, stateFunded,
                stateFunded.multiply(FEDERAL_SHARE).setScale(2, RoundingMode.HALF_UP), period.fiscalYear() + GRANT_YEARS_LATER,
                revenue, recoveries);
    }

    /**
     * Why a rerun of a submitted quarter can differ: facts dated in the period but recorded after the
     * submission (a bank file uploaded late, a return reported late).
     */
    public List<String> recordedAfter(FederalFiscalPeriod period, ZoneId zone, Instant submittedAt) {
        Period p = Period.of(period, zone);
        var row = sql("""
                        select count(*) filter (where p.settled_at > :submitted
                                 and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) >= :fromDate
                                 and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) < :toDate) as paid,
                          coalesce(sum(p.amount) filter (where p.settled_at > :submitted
                                 and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) >= :fromDate
                                 and coalesce(p.value_date, (p.settled_at at time zone :zone)::date) < :toDate), 0) as paid_amount,
                          count(*) filter (where p.returned_at > :submitted
                                 and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) >= :fromDate
                                 and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) < :toDate) as returned,
                          coalesce(sum(p.amount) filter (where p.returned_at > :submitted
                                 and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) >= :fromDate
                                 and coalesce(p.returned_on, (p.returned_at at time zone :zone)::date) < :toDate), 0) as returned_amount
                        from payment p where p.settled_at > :submitted or p.returned_at > :submitted""", p)
                .param("submitted", Timestamp.from(submittedAt)).query().singleRow();
        List<String> reasons = new ArrayList<>();
        if (number(row.get("paid")) > 0) {
            reasons.add(number(row.get("paid")) + " payment(s) of " + money(row.get("paid_amount"))
                    + " bank-dated in the period were recorded after the submission (a bank file processed later)");
        }
        if (number(row.get("returned")) > 0) {
            reasons.add(number(row.get("returned")) + " return(s) of " + money(row.get("returned_amount"))
                    + " dated in the period were recorded after the submission");
        }
        if (reasons.isEmpty()) {
            reasons.add("records of the period were corrected after the submission");
        }
        return reasons;
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
