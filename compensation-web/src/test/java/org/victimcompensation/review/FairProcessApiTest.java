package org.victimcompensation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fair-process rules through the API: every refusal is a 4xx that says why in words. */
class FairProcessApiTest extends ApiTest {

    private static final String RATIONALE = "The claimant started the fight outside the bar and struck first, "
            + "as the witness affidavit and the video in the file both show.";

    @Autowired
    JdbcClient jdbc;

    private Response review(Submitted claim, String user, Object body) {
        return postJson(user, "/api/v1/staff/claims/" + claim.reference() + "/review", body);
    }

    private Response staffPost(Submitted claim, String user, String action, Object body) {
        return postJson(user, "/api/v1/staff/claims/" + claim.reference() + "/" + action, body);
    }

    private static Map<String, Object> deny(String reason, String note) {
        return Map.of("decision", "DENY", "reasonCode", reason, "note", note);
    }

    @Test
    void contributoryConductNeedsAWrittenRationaleThatTheSupervisorSees() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");

        Response bare = review(claim, "casey", deny("CONTRIBUTORY_CONDUCT", ""));
        assertThat(bare.status()).as(bare.body()).isEqualTo(422);
        assertThat(bare.json().get("detail").asText()).contains("written rationale of at least 100 characters");
        Response short_ = review(claim, "casey", deny("CONTRIBUTORY_CONDUCT", "was drinking"));
        assertThat(short_.status()).isEqualTo(422);
        assertThat(short_.json().get("detail").asText()).contains("this one has 12");

        Response recommended = review(claim, "casey", deny("CONTRIBUTORY_CONDUCT", RATIONALE));
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(200);
        assertThat(recommended.json().get("needsSupervisorApproval").asBoolean()).isTrue();
        awaitWorkItem("sam", claim.reference(), "SUPERVISOR_APPROVAL");
        JsonNode reviews = get("sam", "/api/v1/staff/claims/" + claim.reference()).json().get("reviews");
        assertThat(reviews.get(reviews.size() - 1).get("note").asText()).isEqualTo(RATIONALE);
    }

    @Test
    void contributoryConductIsRefusedForTheCrimesAndFlagsTheProgramExcludes() {
        for (String type : List.of("SEXUAL_ASSAULT", "HUMAN_TRAFFICKING", "CHILD_ABUSE")) {
            ObjectNode body = aClaim();
            ((ObjectNode) body.get("crime")).put("type", type);
            Submitted claim = submit(body);
            awaitWorkItem("casey", claim.reference(), "REVIEW");
            Response refused = review(claim, "casey", deny("CONTRIBUTORY_CONDUCT", RATIONALE));
            assertThat(refused.status()).as(type).isEqualTo(422);
            assertThat(refused.json().get("detail").asText())
                    .contains("never applied to a claim for " + type.toLowerCase().replace('_', ' '));
            assertThat(get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("status").asText())
                    .isEqualTo("IN_REVIEW");
        }
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).putArray("flags").add("DOMESTIC_OR_FAMILY_VIOLENCE");
        Submitted violence = submit(body);
        awaitWorkItem("casey", violence.reference(), "REVIEW");
        Response refused = review(violence, "casey", deny("CONTRIBUTORY_CONDUCT", RATIONALE));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("domestic or family violence");
        assertThat(review(violence, "casey", deny("EXPENSES_NOT_COVERED", "")).status()).as("other reasons remain")
                .isEqualTo(200);
    }

    @Test
    void aLateClaimIsDeniedOnlyAfterTheGoodCauseFinding() {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("occurredOn", LocalDate.now().minusYears(8).toString());
        Submitted late = submit(body);
        awaitWorkItem("casey", late.reference(), "REVIEW");
        assertThat(get("casey", "/api/v1/staff/claims/" + late.reference()).json().get("withinFilingWindow").asBoolean())
                .isFalse();

        Response refused = review(late, "casey", deny("EXPENSES_NOT_COVERED", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("filed after the filing window")
                .contains("good-cause finding");

        Response noGround = staffPost(late, "casey", "good-cause", Map.of("goodCause", true, "grounds", List.of(), "note", ""));
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.json().get("errors").get(0).get("message").asText()).contains("at least one ground");
        Response otherWithoutNote = staffPost(late, "casey", "good-cause",
                Map.of("goodCause", true, "grounds", List.of("OTHER"), "note", " "));
        assertThat(otherWithoutNote.status()).isEqualTo(400);
        Response found = staffPost(late, "casey", "good-cause",
                Map.of("goodCause", true, "grounds", List.of("TRAUMA", "SAFETY"), "note", ""));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode finding = get("casey", "/api/v1/staff/claims/" + late.reference()).json().get("goodCause");
        assertThat(finding.get("grounds").toString()).contains("TRAUMA").contains("SAFETY");

        assertThat(review(late, "casey", deny("EXPENSES_NOT_COVERED", "")).status()).isEqualTo(200);

        Submitted onTime = submit(aClaim());
        Response notNeeded = staffPost(onTime, "casey", "good-cause",
                Map.of("goodCause", true, "grounds", List.of("TRAUMA"), "note", ""));
        assertThat(notNeeded.status()).isEqualTo(409);
        assertThat(notNeeded.json().get("detail").asText()).contains("no good-cause finding is needed");
    }

    @Test
    void aSurvivorReopensAWithdrawnClaimWithinTheProgramsPeriod() {
        Submitted claim = submit(aClaim());
        Response notWithdrawn = survivorPost(claim, "reopening", null);
        assertThat(notWithdrawn.status()).isEqualTo(409);
        assertThat(notWithdrawn.json().get("detail").asText()).contains("Only a withdrawn claim");

        assertThat(survivorPost(claim, "withdrawal", null).status()).isEqualTo(200);
        Response reopened = survivorPost(claim, "reopening", null);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asText()).isIn("SUBMITTED", "IN_REVIEW");
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        assertThat(get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("history").toString())
                .contains("REOPENED");

        Submitted tooLate = submit(aClaim());
        assertThat(survivorPost(tooLate, "withdrawal", null).status()).isEqualTo(200);
        jdbc.sql("update claim set closed_at = closed_at - interval '366 days' where reference = ?")
                .param(tooLate.reference()).update();
        Response refused = survivorPost(tooLate, "reopening", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("has passed").contains("new application");
        assertThat(survivorGet(tooLate).json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void noClaimIsDeniedForAProvidersSilence() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");

        Response past = staffPost(claim, "casey", "verification-requests",
                Map.of("note", "Please confirm the visit", "dueOn", LocalDate.now().minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        Response requested = staffPost(claim, "casey", "verification-requests",
                Map.of("note", "Please confirm the visit", "dueOn", LocalDate.now().plusDays(14).toString()));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        long id = requested.json().get("id").asLong();

        Response silent = review(claim, "casey", deny("NO_VERIFICATION_AFTER_REQUESTS", ""));
        assertThat(silent.status()).isEqualTo(422);
        assertThat(silent.json().get("detail").asText()).contains("never denied because a provider did not answer");

        Response answered = staffPost(claim, "casey", "verification-requests/" + id + "/answer", Map.of());
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(staffPost(claim, "casey", "verification-requests/" + id + "/answer", Map.of()).status()).isEqualTo(404);
        JsonNode requests = get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("verificationRequests");
        assertThat(requests.get(0).get("answeredBy").asText()).isEqualTo("casey");

        Response neverAsked = review(claim, "casey", deny("NO_VERIFICATION_AFTER_REQUESTS", ""));
        assertThat(neverAsked.status()).isEqualTo(422);
        assertThat(neverAsked.json().get("detail").asText()).contains("survivor was never asked");
    }
}
