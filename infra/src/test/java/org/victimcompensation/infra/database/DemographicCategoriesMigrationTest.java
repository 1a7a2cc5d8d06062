package org.victimcompensation.infra.database;

import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changeset 005 turns gender identity and race/ethnicity typed before the closed lists into category
 * codes. Runs on a database of its own (created and dropped here), migrated to just before 005.
 */
class DemographicCategoriesMigrationTest {

    private static final String SERVER = serverUrl();
    private static final String DATABASE = "compensation_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        }
    }

    @Test
    void typedAnswersBecomeTheCategoryTheyNameOrAnother() throws Exception {
        migrate("db/migration-test/before-005.yaml");
        Map<String, String> genders = new LinkedHashMap<>();
        genders.put("Woman", "WOMAN");
        genders.put(" female ", "WOMAN");
        genders.put("Mujer", "WOMAN");
        genders.put("male", "MAN");
        genders.put("Non-binary", "NON_BINARY");
        genders.put("trans man", "TRANSGENDER");
        genders.put("Transgénero", "TRANSGENDER");
        genders.put("Prefer not to say", "PREFER_NOT_TO_SAY");
        genders.put("NON_BINARY", "NON_BINARY");
        genders.put("Two-Spirit", "ANOTHER");
        genders.put("I am Ana, 4th floor", "ANOTHER");
        genders.put("unknown", null);
        genders.put("  ", null);
        Map<List<String>, List<String>> races = new LinkedHashMap<>();
        races.put(List.of("Latina"), List.of("HISPANIC_LATINO"));
        races.put(List.of("Latina/o"), List.of("HISPANIC_LATINO"));
        races.put(List.of("Black", "White"), List.of("BLACK_AFRICAN_AMERICAN", "WHITE"));
        races.put(List.of("Black", "African American"), List.of("BLACK_AFRICAN_AMERICAN"));
        races.put(List.of("Asiática"), List.of("ASIAN"));
        races.put(List.of("Native"), List.of("AMERICAN_INDIAN_ALASKA_NATIVE"));
        races.put(List.of("Pacific Islander"), List.of("NATIVE_HAWAIIAN_PACIFIC_ISLANDER"));
        races.put(List.of("Decline", "White"), List.of("WHITE"));
        races.put(List.of("prefer not to answer"), List.of("PREFER_NOT_TO_SAY"));
        races.put(List.of("Martian, lives on Elm St"), List.of("ANOTHER"));
        races.put(List.of("", "unknown"), List.of());
        List<String> genderInputs = new ArrayList<>(genders.keySet());
        List<List<String>> raceInputs = new ArrayList<>(races.keySet());
        int rows = Math.max(genderInputs.size(), raceInputs.size());
        for (int i = 0; i < rows; i++) {
            insertClaim("M-" + i, i < genderInputs.size() ? genderInputs.get(i) : null,
                    i < raceInputs.size() ? raceInputs.get(i) : List.of());
        }

        migrate("db/migration-test/with-005.yaml");

        for (int i = 0; i < rows; i++) {
            String[] migrated = read("M-" + i);
            if (i < genderInputs.size()) {
                assertThat(migrated[0]).as("gender '%s'", genderInputs.get(i)).isEqualTo(genders.get(genderInputs.get(i)));
            }
            if (i < raceInputs.size()) {
                List<String> codes = migrated[1].isEmpty() ? List.of() : Arrays.asList(migrated[1].split(","));
                assertThat(codes).as("race %s", raceInputs.get(i)).isEqualTo(races.get(raceInputs.get(i)));
            }
        }
    }

    private static void migrate(String changelog) throws SQLException, LiquibaseException {
        try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(),
                new JdbcConnection(DriverManager.getConnection(SERVER + DATABASE, "postgres", "")))) {
            liquibase.update();
        }
    }

    private static void insertClaim(String reference, String gender, List<String> race) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             PreparedStatement insert = connection.prepareStatement("""
                     insert into claim (id, reference, access_code_hash, status, applicant_role, preferred_language,
                       crime_type, crime_occurred_on, crime_state, crime_flags, verification_source,
                       emergency_award_requested, advocate_involved, victim_age_band, gender_identity, race_ethnicity,
                       safe_to_mail, safe_to_phone, safe_to_leave_voicemail, safe_to_email, within_filing_window,
                       possible_duplicate, applicant_lookup_hash, submitted_at)
                     values (gen_random_uuid(), ?, 'x', 'SUBMITTED', 'VICTIM', 'en', 'ASSAULT', date '2026-01-01', 'CA',
                       '{}', 'VICTIM_ADVOCATE', false, false, 'AGE_25_59', ?, ?, false, true, false, true, true, false,
                       'x', now())""")) {
            Array races = connection.createArrayOf("text", race.toArray());
            insert.setString(1, reference);
            insert.setString(2, gender);
            insert.setArray(3, races);
            insert.executeUpdate();
        }
    }

    /** The gender code and the race codes, comma-separated in their stored order. */
    private static String[] read(String reference) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select gender_identity, array_to_string(race_ethnicity, ',') from claim where reference = ?")) {
            query.setString(1, reference);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /** The server of the tests' database ({@code -Dspring.datasource.url}), or the local default. */
    private static String serverUrl() {
        String url = System.getProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/compensation_test");
        return url.substring(0, url.lastIndexOf('/') + 1);
    }
}
