package org.victimcompensation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Caseworkers and supervisors take claims through review to a decision, through the API. */
class StaffReviewApiTest extends ApiTest {

    @Test
    void anEmergencyAwardIsDecidedFirstAndOffsetsTheFinalAward() {
        ObjectNode claim = aClaim();
        claim.put("emergencyAwardRequested", true);
        Submitted submitted = submit(claim);

        JsonNode emergency = awaitWorkItem("casey", submitted.reference(), "EMERGENCY_REVIEW");
        assertThat(emergency.get("due").asText()).isNotBlank();
        assertThat(get("casey", "/api/v1/staff/queue").json().get("items").get(0).get("taskType").asText()).isEqualTo("EMERGENCY_REVIEW");
        assertThat(review(submitted, "casey", approve(Map.of("MEDICAL_DENTAL", "100.00"))).status())
                .as("no review before the emergency decision").isEqualTo(409);

        Response overCap = postJson("casey", staff(submitted, "emergency-decision"),
                Map.of("approve", true, "amount", "2100.00", "category", "RELOCATION", "note", "first month's rent"));
        assertThat(overCap.status()).isEqualTo(400);
        assertThat(overCap.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");

        Response decided = postJson("casey", staff(submitted, "emergency-decision"),
                Map.of("approve", true, "amount", "1500.00", "category", "RELOCATION", "note", "first month's rent"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(survivorGet(submitted).json().get("awards").get(0).get("amount").asText()).isEqualTo("1500.00");

        awaitWorkItem("casey", submitted.reference(), "REVIEW");
        Response reviewed = review(submitted, "casey",
                approve(Map.of("MEDICAL_DENTAL", "3000.00", "RELOCATION", "2600.00")));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        JsonNode result = reviewed.json();
        assertThat(result.get("needsSupervisorApproval").asBoolean()).isFalse();
        assertThat(result.get("status").asText()).isEqualTo("APPROVED");
        assertThat(result.get("total").asText()).isEqualTo("5000.00"); // relocation capped at 2,000
        assertThat(result.get("emergencyAdvance").asText()).isEqualTo("1500.00");
        assertThat(result.get("payable").asText()).isEqualTo("3500.00");

        JsonNode status = survivorGet(submitted).json();
        assertThat(status.get("status").asText()).isEqualTo("APPROVED");
        assertThat(status.get("decision").get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(status.get("decision").get("letter").asText()).contains("5000.00").contains("1500.00");
        assertThat(status.get("awards")).hasSize(2);
    }

    @Test
    void anAwardAboveTheThresholdNeedsASupervisorWhoIsNotTheReviewer() {
        ObjectNode claim = aClaim();
        ObjectNode funeral = ((com.fasterxml.jackson.databind.node.ArrayNode) claim.get("expenses")).addObject();
        funeral.put("category", "MENTAL_HEALTH");
        funeral.put("amount", "9000.00");
        funeral.put("payee", "PROVIDER");
        funeral.put("providerName", "Harbor Counseling");
        Submitted submitted = submit(claim);
        awaitWorkItem("sam", submitted.reference(), "REVIEW");

        Response reviewed = review(submitted, "sam",
                approve(Map.of("MEDICAL_DENTAL", "3000.00", "MENTAL_HEALTH", "9000.00")));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("needsSupervisorApproval").asBoolean()).isTrue();
        assertThat(reviewed.json().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(survivorGet(submitted).json().get("awards")).isEmpty();

        Response byReviewer = postJson("sam", staff(submitted, "approval"), Map.of("approve", true, "note", "ok"));
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(byReviewer.json().get("detail").asText()).contains("own recommendation");
        Response byCaseworker = postJson("casey", staff(submitted, "approval"), Map.of("approve", true, "note", "ok"));
        assertThat(byCaseworker.status()).isEqualTo(403);
        assertThat(survivorGet(submitted).json().get("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aSupervisorApprovesACaseworkersLargeAward() {
        ObjectNode claim = aClaim();
        ObjectNode lostWages = ((com.fasterxml.jackson.databind.node.ArrayNode) claim.get("expenses")).addObject();
        lostWages.put("category", "LOST_WAGES");
        lostWages.put("amount", "12000.00");
        lostWages.put("payee", "APPLICANT");
        claim.putArray("collateralSources").addObject().put("kind", "EMPLOYER").put("amount", "1000.00");
        Submitted submitted = submit(claim);
        awaitWorkItem("riley", submitted.reference(), "REVIEW");

        Response reviewed = review(submitted, "riley", approve(Map.of("LOST_WAGES", "12000.00")));
        assertThat(reviewed.json().get("total").asText()).isEqualTo("12000.00");
        awaitWorkItem("sam", submitted.reference(), "SUPERVISOR_APPROVAL");
        assertThat(get("casey", "/api/v1/staff/queue?claimReference=" + submitted.reference()).json().get("total").asLong())
                .as("a supervisor's approval is not a caseworker's work").isZero();

        Response approved = postJson("sam", staff(submitted, "approval"), Map.of("approve", true, "note", "verified"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        JsonNode status = survivorGet(submitted).json();
        assertThat(status.get("status").asText()).isEqualTo("APPROVED");
        assertThat(status.get("awards").get(0).get("category").asText()).isEqualTo("LOST_WAGES");
        assertThat(postJson("sam", staff(submitted, "approval"), Map.of("approve", true, "note", "again")).status())
                .isEqualTo(409);
    }

    @Test
    void aDenialCarriesAReasonALetterInTheSurvivorsLanguageAndCanBeAppealed() {
        ObjectNode claim = aClaim();
        ((ObjectNode) claim.get("applicant")).put("preferredLanguage", "es");
        Submitted submitted = submit(claim);
        awaitWorkItem("casey", submitted.reference(), "REVIEW");

        Response noReason = review(submitted, "casey", Map.of("decision", "DENY", "note", ""));
        assertThat(noReason.status()).isEqualTo(400);
        Response otherWithoutNote = review(submitted, "casey", Map.of("decision", "DENY", "reasonCode", "OTHER", "note", " "));
        assertThat(otherWithoutNote.status()).isEqualTo(400);

        Response denied = review(submitted, "casey",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        JsonNode decision = survivorGet(submitted).json().get("decision");
        assertThat(decision.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(decision.get("reasonCode").asText()).isEqualTo("EXPENSES_NOT_COVERED");
        assertThat(decision.get("letter").asText()).contains("no fue aprobada").contains("apelar");
        assertThat(LocalDate.parse(decision.get("appealBy").asText())).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(45));

        Response appealed = survivorPost(submitted, "appeal", Map.of("reason", "the costs were for treatment"));
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        assertThat(appealed.json().get("status").asText()).isEqualTo("APPEALED");
        awaitWorkItem("sam", submitted.reference(), "APPEAL_REVIEW");

        Response granted = postJson("sam", staff(submitted, "approval"), Map.of("approve", true, "note", "treatment"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("status").asText()).isEqualTo("IN_REVIEW");
        awaitWorkItem("casey", submitted.reference(), "REVIEW");
        assertThat(review(submitted, "casey", approve(Map.of("MEDICAL_DENTAL", "3000.00"))).json().get("status").asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void aDenialForContributoryConductAlwaysGoesToASupervisor() {
        Submitted submitted = submit(aClaim());
        awaitWorkItem("casey", submitted.reference(), "REVIEW");

        Response recommended = review(submitted, "casey",
                Map.of("decision", "DENY", "reasonCode", "CONTRIBUTORY_CONDUCT", "note", "The claimant started the fight "
                        + "outside the bar and struck first, as the witness affidavit and the video in the file show."));
        assertThat(recommended.json().get("needsSupervisorApproval").asBoolean()).isTrue();
        assertThat(survivorGet(submitted).json().get("status").asText()).isEqualTo("IN_REVIEW");

        Response returned = postJson("sam", staff(submitted, "approval"), Map.of("approve", false, "note", "not supported"));
        assertThat(returned.json().get("status").asText()).isEqualTo("IN_REVIEW");
        awaitWorkItem("casey", submitted.reference(), "REVIEW");
    }

    @Test
    void aRequestForInformationWaitsForTheSurvivorsDocument() {
        Submitted submitted = submit(aClaim());
        awaitWorkItem("casey", submitted.reference(), "REVIEW");

        Response requested = review(submitted, "casey",
                Map.of("decision", "REQUEST_INFO", "note", "please add the clinic bill"));
        assertThat(requested.json().get("status").asText()).isEqualTo("INFO_REQUESTED");
        assertThat(survivorGet(submitted).json().get("status").asText()).isEqualTo("INFO_REQUESTED");

        byte[] pdf = "%PDF-1.4\n%test\n".getBytes();
        Response added = postMultipart(request("/api/v1/claims/" + submitted.reference() + "/documents")
                .header(ACCESS_CODE, submitted.accessCode()), Map.of("kind", "MEDICAL_BILL"), "bill.pdf", pdf);
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        assertThat(survivorGet(submitted).json().get("status").asText()).isEqualTo("IN_REVIEW");
        awaitWorkItem("casey", submitted.reference(), "REVIEW");
        JsonNode file = get("casey", "/api/v1/staff/claims/" + submitted.reference()).json();
        assertThat(file.get("documents").get(0).get("fileName").asText()).isEqualTo("bill.pdf");
        String documentId = file.get("documents").get(0).get("id").asText();
        Response download = get("casey", "/api/v1/staff/claims/" + submitted.reference() + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body()).isEqualTo(new String(pdf));
        assertThat(get("ada", "/api/v1/admin/audit?claimReference=" + submitted.reference()).json()
                .findValuesAsText("action")).contains("DOCUMENT_READ");
        assertThat(get("casey", "/api/v1/staff/claims/" + submitted.reference() + "/documents/"
                + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(file.get("history").findValuesAsText("event")).contains("INFORMATION_REQUESTED", "DOCUMENT_ADDED");
    }

    @Test
    void reportingToPoliceNeverChangesTheOutcome() {
        List<JsonNode> results = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        for (Boolean reported : new Boolean[]{true, false, null}) {
            ObjectNode claim = aClaim();
            if (reported != null) {
                ((ObjectNode) claim.get("crime")).put("reportedToPolice", reported);
            }
            Submitted submitted = submit(claim);
            priorities.add(awaitWorkItem("casey", submitted.reference(), "REVIEW").get("priority").asInt());
            results.add(review(submitted, "casey", approve(Map.of("MEDICAL_DENTAL", "3000.00", "RELOCATION", "2600.00"))).json());
        }
        assertThat(priorities).containsOnly(priorities.get(0));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("APPROVED");
            assertThat(r.get("total")).isEqualTo(results.get(0).get("total"));
            assertThat(r.get("awards")).isEqualTo(results.get(0).get("awards"));
        });
    }

    @Test
    void theClaimFileShowsEverythingAndEveryReadIsAudited() {
        ObjectNode claim = aClaim();
        Submitted submitted = submit(claim);
        awaitWorkItem("casey", submitted.reference(), "REVIEW");

        Response file = get("casey", "/api/v1/staff/claims/" + submitted.reference());
        assertThat(file.status()).isEqualTo(200);
        JsonNode view = file.json();
        assertThat(view.get("application").get("applicant").get("lastName").asText())
                .isEqualTo(claim.get("applicant").get("lastName").asText());
        assertThat(view.get("claimedByCategory").get("RELOCATION").asText()).isEqualTo("2600.00");
        assertThat(view.get("openTasks").get(0).get("taskType").asText()).isEqualTo("REVIEW");
        assertThat(view.get("history").findValuesAsText("event")).contains("SUBMITTED", "SCREENED");
        review(submitted, "casey", approve(Map.of("MEDICAL_DENTAL", "10.00")));

        Response audit = get("ada", "/api/v1/admin/audit?claimReference=" + submitted.reference());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().findValuesAsText("action")).containsExactlyInAnyOrder("CLAIM_READ", "REVIEW_DECISION");
        assertThat(audit.json().findValuesAsText("actor")).containsOnly("casey");
        assertThat(audit.body()).doesNotContain(claim.get("applicant").get("lastName").asText())
                .doesNotContain(claim.get("applicant").get("firstName").asText());
        assertThat(get("casey", "/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(send(request("/api/v1/admin/audit").GET()).status()).isEqualTo(401);
        assertThat(get("pat", "/api/v1/staff/claims/" + submitted.reference()).status()).isEqualTo(403);
        assertThat(get("casey", "/api/v1/staff/claims/VC-2026-ZZZZZZZZ").status()).isEqualTo(404);
    }

    private Response review(Submitted claim, String user, Map<String, Object> body) {
        return postJson(user, staff(claim, "review"), body);
    }

    private static Map<String, Object> approve(Map<String, String> awards) {
        List<Map<String, String>> lines = new ArrayList<>();
        awards.forEach((category, amount) -> lines.add(Map.of("category", category, "amount", amount)));
        return Map.of("decision", "APPROVE", "awards", lines, "note", "bills verified");
    }

    private static String staff(Submitted claim, String action) {
        return "/api/v1/staff/claims/" + claim.reference() + "/" + action;
    }
}
