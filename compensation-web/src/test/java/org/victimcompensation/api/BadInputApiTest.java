package org.victimcompensation.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every malformed request gets a clear 4xx problem+json and changes nothing. */
class BadInputApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void malformedJsonIsA400() {
        assertRejected(postJson("/api/v1/claims", "{\"applicant\": {"), 400, null);
        assertRejected(postJson("/api/v1/claims", "not json at all"), 400, null);
        assertRejected(postJson("/api/v1/claims", ""), 400, null);
        assertRejected(postJson("/api/v1/claims", write(aClaim()) + " {}"), 400, null);
    }

    @Test
    void anUnknownPropertyIsNamed() {
        ObjectNode claim = aClaim();
        ((ObjectNode) claim.get("applicant")).put("socialSecurityNumber", "123-45-6789");
        Response response = postJson("/api/v1/claims", write(claim));

        assertRejected(response, 400, "applicant.socialSecurityNumber");
        assertThat(response.json().get("detail").asText()).contains("socialSecurityNumber");
        assertThat(response.body()).doesNotContain("123-45-6789");

        ObjectNode immigration = aClaim();
        immigration.put("immigrationStatus", "x");
        assertRejected(postJson("/api/v1/claims", write(immigration)), 400, "immigrationStatus");
    }

    @Test
    void wrongTypesNameTheirField() {
        ObjectNode numberAmount = aClaim();
        ((ObjectNode) numberAmount.get("expenses").get(0)).put("amount", 3000.5);
        assertRejected(postJson("/api/v1/claims", write(numberAmount)), 400, "expenses[0].amount");

        ObjectNode threeDecimals = aClaim();
        ((ObjectNode) threeDecimals.get("expenses").get(0)).put("amount", "10.005");
        assertRejected(postJson("/api/v1/claims", write(threeDecimals)), 400, "expenses[0].amount");

        ObjectNode badDate = aClaim();
        ((ObjectNode) badDate.get("applicant")).put("dateOfBirth", "last spring");
        assertRejected(postJson("/api/v1/claims", write(badDate)), 400, "applicant.dateOfBirth");

        ObjectNode stringBoolean = aClaim();
        stringBoolean.put("emergencyAwardRequested", "yes");
        assertRejected(postJson("/api/v1/claims", write(stringBoolean)), 400, "emergencyAwardRequested");

        ObjectNode numericName = aClaim();
        ((ObjectNode) numericName.get("applicant")).put("firstName", 42);
        assertRejected(postJson("/api/v1/claims", write(numericName)), 400, "applicant.firstName");

        ObjectNode unknownEnum = aClaim();
        ((ObjectNode) unknownEnum.get("crime")).put("type", "JAYWALKING");
        Response response = postJson("/api/v1/claims", write(unknownEnum));
        assertRejected(response, 400, "crime.type");
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("ASSAULT");

        ObjectNode arrayForObject = aClaim();
        arrayForObject.putArray("crime");
        assertRejected(postJson("/api/v1/claims", write(arrayForObject)), 400, "crime");
    }

    @Test
    void missingAndInconsistentFieldsAreAllListed() {
        ObjectNode claim = aClaim();
        ((ObjectNode) claim.get("applicant")).remove("lastName");
        ((ObjectNode) claim.get("crime")).put("occurredOn", "2999-01-01");
        claim.remove("verification");
        Response response = postJson("/api/v1/claims", write(claim));

        assertRejected(response, 400, null);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .contains("applicant.lastName", "crime.occurredOn", "verification");

        ObjectNode family = aClaim();
        family.put("applicantRole", "FAMILY_MEMBER");
        assertRejected(postJson("/api/v1/claims", write(family)), 400, "victim");

        ObjectNode noConsent = aClaim();
        noConsent.putObject("advocate").put("name", "A").put("organization", "B").put("consentOnFile", false);
        assertRejected(postJson("/api/v1/claims", write(noConsent)), 400, "advocate.consentOnFile");

        ObjectNode noExpenses = aClaim();
        noExpenses.putArray("expenses");
        assertRejected(postJson("/api/v1/claims", write(noExpenses)), 400, "expenses");
    }

    @Test
    void aBirthDateMustFitALifetime() {
        ObjectNode yearOne = aClaim();
        ((ObjectNode) yearOne.get("applicant")).put("dateOfBirth", "0001-01-01");
        assertRejected(postJson("/api/v1/claims", write(yearOne)), 400, "applicant.dateOfBirth");

        ObjectNode tooOld = aClaim();
        ((ObjectNode) tooOld.get("applicant")).put("dateOfBirth", LocalDate.now().minusYears(131).toString());
        assertRejected(postJson("/api/v1/claims", write(tooOld)), 400, "applicant.dateOfBirth");

        ObjectNode unborn = aClaim();
        unborn.put("applicantRole", "FAMILY_MEMBER");
        unborn.putObject("victim").put("firstName", "Rosa").put("lastName", "Example")
                .put("dateOfBirth", LocalDate.now().plusDays(2).toString());
        assertRejected(postJson("/api/v1/claims", write(unborn)), 400, "victim.dateOfBirth");

        ObjectNode ancientVictim = aClaim();
        ancientVictim.put("applicantRole", "FAMILY_MEMBER");
        ancientVictim.putObject("victim").put("firstName", "Rosa").put("lastName", "Example").put("dateOfBirth", "0001-01-01");
        assertRejected(postJson("/api/v1/claims", write(ancientVictim)), 400, "victim.dateOfBirth");
    }

    @Test
    void hiddenAndControlCharactersInTypedTextAreRefused() {
        String override = Character.toString(0x202E);
        ObjectNode claim = aClaim();
        ObjectNode applicant = (ObjectNode) claim.get("applicant");
        applicant.put("firstName", "Ana" + override + "lirpa");
        applicant.put("lastName", "Exam" + Character.toString(0x200B) + "ple");
        applicant.put("email", "ana" + override + "@example.org");
        ((ObjectNode) applicant.get("mailingAddress")).put("city", "Fresno" + Character.toString(0xFEFF));
        ((ObjectNode) claim.get("crime")).put("county", "Fresno\nCounty");
        ((ObjectNode) claim.get("crime")).put("description", "Hit" + Character.toString(0x0007) + " at the bus stop");
        ((ObjectNode) claim.get("verification")).put("providerName", "Safe " + Character.toString(0x2066) + "Harbor");
        ((ObjectNode) claim.get("expenses").get(0)).put("providerName", "Valley" + Character.toString(0x0000) + " Clinic");
        claim.putObject("advocate").put("name", "Lee" + Character.toString(0x2060)).put("organization", "Harbor")
                .put("consentOnFile", true);
        Response response = postJson("/api/v1/claims", write(claim));

        assertRejected(response, 400, null);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("applicant.firstName",
                "applicant.lastName", "applicant.email", "applicant.mailingAddress.city", "crime.county",
                "crime.description", "verification.providerName", "expenses[0].providerName", "advocate.name");

        ObjectNode victim = aClaim();
        victim.put("applicantRole", "FAMILY_MEMBER");
        victim.putObject("victim").put("firstName", "Rosa" + Character.toString(0x202A)).put("lastName", "Example")
                .put("dateOfBirth", "2001-02-03");
        assertRejected(postJson("/api/v1/claims", write(victim)), 400, "victim.firstName");
    }

    @Test
    void aDescriptionMayHaveLinesAndTabs() {
        ObjectNode claim = aClaim();
        ((ObjectNode) claim.get("crime")).put("description", "First line\r\nSecond line\n\tindented");
        assertThat(postJson("/api/v1/claims", write(claim)).status()).isEqualTo(201);
    }

    @Test
    void anAppealReasonWithATextDirectionOverrideIsRefused() {
        Submitted claim = submit(aClaim());
        assertRejected(survivorPost(claim, "appeal", Map.of("reason", "please " + Character.toString(0x2067) + "look")),
                400, "reason");
    }

    @Test
    void demographicsComeFromClosedLists() {
        ObjectNode typedGender = aClaim();
        typedGender.putObject("demographics").put("genderIdentity", "Woman");
        Response gender = postJson("/api/v1/claims", write(typedGender));
        assertRejected(gender, 400, "demographics.genderIdentity");
        assertThat(gender.json().get("errors").get(0).get("message").asText()).contains("NON_BINARY", "PREFER_NOT_TO_SAY");

        ObjectNode typedRace = aClaim();
        typedRace.putObject("demographics").putArray("raceEthnicity").add("ASIAN").add("Latina");
        Response race = postJson("/api/v1/claims", write(typedRace));
        assertRejected(race, 400, null);
        assertThat(race.json().get("errors").get(0).get("field").asText()).startsWith("demographics.raceEthnicity");
        assertThat(race.body()).doesNotContain("Latina");

        ObjectNode declinedAndAnswered = aClaim();
        declinedAndAnswered.putObject("demographics").putArray("raceEthnicity").add("PREFER_NOT_TO_SAY").add("ASIAN");
        assertRejected(postJson("/api/v1/claims", write(declinedAndAnswered)), 400, "demographics.raceEthnicity");
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"pad\":\"" + "x".repeat(300_000) + "\"}";
        assertRejected(postJson("/api/v1/claims", huge), 413, null);

        byte[] bigUpload = new byte[11 * 1024 * 1024];
        bigUpload[0] = '%';
        Response upload = send(request("/api/v1/claims/VC-2026-ZZZZZZZZ/documents")
                .header(ACCESS_CODE, "AAAA-AAAA-AAAA")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(bigUpload))));
        assertThat(upload.status()).isIn(413, 400);
        assertThat(upload.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongMediaTypeAndWrongMethodAre4xx() {
        assertRejected(send(request("/api/v1/claims").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, null);
        assertRejected(send(request("/api/v1/claims").DELETE()), 405, null);
    }

    @Test
    void staffMistakesAre4xx() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        String review = "/api/v1/staff/claims/" + claim.reference() + "/review";

        assertRejected(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", true, "amount", "10.00", "category", "RELOCATION", "note", "x")), 409, null);
        assertRejected(postJson("casey", review, Map.of("decision", "MAYBE", "note", "x")), 400, "decision");
        assertRejected(postJson("casey", review, Map.of("decision", "APPROVE", "note", "x")), 400, "awards");
        assertRejected(postJson("casey", review, Map.of("decision", "APPROVE", "note", "x", "awards",
                java.util.List.of(Map.of("category", "RELOCATION", "amount", "-5.00")))), 400, "awards[0].amount");
        assertRejected(postJson("casey", review, Map.of("decision", "DENY", "reasonCode", "NOT_LISTED", "note", "x")),
                400, "reasonCode");
        assertRejected(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/approval",
                Map.of("approve", true, "note", "x")), 403, null);
        assertRejected(postJson("sam", "/api/v1/staff/claims/" + claim.reference() + "/approval",
                Map.of("approve", true, "note", "x")), 409, null);
        assertRejected(postJson("casey", "/api/v1/staff/claims/not-a-reference/review",
                Map.of("decision", "REQUEST_INFO", "note", "x")), 404, null);
        assertRejected(get("ada", "/api/v1/admin/audit?limit=abc"), 400, null);
    }

    @Test
    void rejectedRequestsChangeNothing() {
        int claims = count("claim");
        int events = count("claim_event");
        int instances = count("act_ru_execution");
        ObjectNode bad = aClaim();
        ((ObjectNode) bad.get("expenses").get(0)).put("payee", "PROVIDER").remove("providerName");
        postJson("/api/v1/claims", write(bad));
        postJson("/api/v1/claims", "{");
        postJson("/api/v1/claims", "{\"applicant\": 1}");

        assertThat(count("claim")).isEqualTo(claims);
        assertThat(count("claim_event")).isEqualTo(events);
        assertThat(count("act_ru_execution")).isLessThanOrEqualTo(instances);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static void assertRejected(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        }
    }

    private static byte[] multipart(byte[] content) {
        byte[] head = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n".getBytes();
        byte[] tail = "\r\n--x--\r\n".getBytes();
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
