package org.victimcompensation.fairprocess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.fairprocess.FairProcessRules;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fair-process rules from the database (changeset 016), the version in force today. */
@Component
public class FairProcess {

    private final JdbcClient jdbc;
    private final Clock clock;

    FairProcess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Read fresh, like the benefit schedules, so a new version applies without a restart. */
    public FairProcessRules inForce() {
        return FairProcessRules.inForceOn(jdbc.sql("select * from fair_process_rules").query((rs, i) -> new FairProcessRules(
                rs.getString("name"), rs.getDate("effective_from").toLocalDate(),
                rs.getInt("conduct_rationale_min_length"),
                codes(rs.getArray("conduct_excluded_crime_types"), CrimeType::valueOf),
                codes(rs.getArray("conduct_excluded_flags"), CrimeFlag::valueOf),
                Period.ofDays(rs.getInt("reopen_within_days")))).list(), today());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static <E> Set<E> codes(Array array, Function<String, E> parse) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toSet());
    }
}
