package org.victimcompensation.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data never lies in plain text in any table (ours, the engine's, Spring Batch's) and
 * never reaches the log, through a whole claim journey.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void noTableHoldsAnApplicantsPersonalValuesInPlainText() {
        ObjectNode claim = distinctiveClaim();
        Submitted submitted = submit(claim);
        walkTheWholeJourney(submitted, claim);

        List<String> personal = personalValues(claim);
        assertThat(dump("claim")).as("the dump reads the rows").contains(submitted.reference());
        assertThat(dump("act_hi_procinst")).contains(submitted.reference());
        for (String table : tables()) {
            String dump = dump(table);
            for (String value : personal) {
                assertThat(dump).as("table %s must not hold '%s' in plain text", table, value).doesNotContain(value);
            }
        }
        assertThat(jdbc.sql("select count(*) from claim_personal p join claim c on c.id = p.claim_id where c.reference = ?")
                .param(submitted.reference()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select applicant_last_name from claim_personal p join claim c on c.id = p.claim_id "
                        + "where c.reference = ?").param(submitted.reference()).query(String.class).single())
                .matches("demo-2026:[A-Za-z0-9+/=]+");
    }

    /** What a stolen backup holds: pg_dump of the whole database, read as plain text. */
    @Test
    void aDatabaseDumpAfterAWholeJourneyHoldsNoPersonalValue() throws Exception {
        ObjectNode claim = distinctiveClaim();
        Submitted submitted = submit(claim);
        walkTheWholeJourney(submitted, claim);

        String database = jdbc.sql("select current_database()").query(String.class).single();
        Process pgDump = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", database)
                .redirectErrorStream(true).start();
        String dump = new String(pgDump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pgDump.waitFor()).as(dump.length() > 500 ? dump.substring(0, 500) : dump).isZero();
        assertThat(dump).as("the dump has the claim").contains(submitted.reference());
        for (String value : personalValues(claim)) {
            assertThat(dump).as("pg_dump must not hold '%s' in plain text", value).doesNotContain(value);
        }
    }

    @Test
    void aWholeJourneyLogsNoPersonalData(CapturedOutput output) {
        ObjectNode claim = distinctiveClaim();
        Submitted submitted = submit(claim);
        walkTheWholeJourney(submitted, claim);
        postJson("/api/v1/claims", write(claim).replace("\"VICTIM\"", "\"NOBODY\""));
        send(request("/api/v1/claims").DELETE()); // Spring logs a warning for it: proof that capture works

        String log = output.getAll();
        assertThat(log).contains("Request method 'DELETE' is not supported");
        for (String value : personalValues(claim)) {
            assertThat(log).as("log must not contain '%s'", value).doesNotContain(value);
        }
        assertThat(log).doesNotContain(submitted.accessCode());
    }

    /** The journey of {@link #distinctiveClaim()}, with a search by name and a note that names the applicant. */
    private void walkTheWholeJourney(Submitted submitted, ObjectNode claim) {
        var applicant = claim.get("applicant");
        awaitWorkItem("casey", submitted.reference(), "EMERGENCY_REVIEW");
        assertThat(get("casey", "/api/v1/staff/claims?lastName=" + applicant.get("lastName").asText() + "&dateOfBirth="
                + applicant.get("dateOfBirth").asText()).json().get("total").asInt()).isEqualTo(1);
        assertThat(postJson("casey", "/api/v1/staff/claims/" + submitted.reference() + "/notes",
                Map.of("text", "Called " + applicant.get("firstName").asText() + " at " + applicant.get("phone").asText()))
                .status()).isEqualTo(201);
        postJson("casey", "/api/v1/staff/claims/" + submitted.reference() + "/emergency-decision",
                Map.of("approve", true, "amount", "900.00", "category", "RELOCATION", "note", "deposit"));
        awaitWorkItem("casey", submitted.reference(), "REVIEW");
        get("casey", "/api/v1/staff/claims/" + submitted.reference());
        postJson("casey", "/api/v1/staff/claims/" + submitted.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "CONTRIBUTORY_CONDUCT", "note", "The claimant started the fight "
                        + "outside the bar and struck first, as the witness affidavit and the video in the file show."));
        postJson("sam", "/api/v1/staff/claims/" + submitted.reference() + "/approval", Map.of("approve", true, "note", "ok"));
        survivorGet(submitted);
        survivorPost(submitted, "appeal", Map.of("reason", "please reconsider"));
        awaitWorkItem("sam", submitted.reference(), "APPEAL_REVIEW");
        get("sam", "/api/v1/staff/claims/" + submitted.reference());
    }

    private ObjectNode distinctiveClaim() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ObjectNode claim = aClaim();
        claim.put("emergencyAwardRequested", true);
        ObjectNode applicant = (ObjectNode) claim.get("applicant");
        applicant.put("firstName", "Yolotzin" + unique);
        applicant.put("lastName", "Xochiquetzal" + unique);
        applicant.put("dateOfBirth", "1977-0" + (1 + unique.charAt(0) % 9) + "-2" + (unique.charAt(1) % 8 + 1));
        applicant.put("email", "yx" + unique + "@example.net");
        applicant.put("phone", "555-" + unique.substring(0, 4).replaceAll("[a-f]", "7") + "-" + unique.substring(4, 8).replaceAll("[a-f]", "3"));
        applicant.put("acpParticipantCode", "ACP" + unique);
        ((ObjectNode) applicant.get("mailingAddress")).put("line1", "PO Box " + unique);
        ((ObjectNode) claim.get("crime")).put("description", "Struck near the bus stop " + unique);
        ((ObjectNode) claim.get("crime")).put("county", "Countyof" + unique);
        ((ObjectNode) claim.get("verification")).put("contact", "Advocate Phone " + unique);
        return claim;
    }

    private static List<String> personalValues(ObjectNode claim) {
        var applicant = claim.get("applicant");
        return List.of(applicant.get("firstName").asText(), applicant.get("lastName").asText(),
                applicant.get("dateOfBirth").asText(), applicant.get("email").asText(), applicant.get("phone").asText(),
                applicant.get("acpParticipantCode").asText(), applicant.get("mailingAddress").get("line1").asText(),
                claim.get("crime").get("description").asText(), claim.get("crime").get("county").asText(),
                claim.get("verification").get("contact").asText());
    }

    private List<String> tables() {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'").query(String.class).list();
    }

    /** Every row of a table as text; binary columns are read as text too, to catch serialised values. */
    private String dump(String table) {
        List<Map<String, Object>> columns = jdbc.sql("select column_name, data_type from information_schema.columns "
                + "where table_schema = 'public' and table_name = ?").param(table).query().listOfRows();
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("column_name") + "\"";
            expressions.add("bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')" : name + "::text");
        }
        String select = "select concat_ws('|', " + String.join(", ", expressions) + ") from \"" + table + "\"";
        return jdbc.sql(select).query(String.class).list().stream().collect(Collectors.joining("\n"));
    }
}
