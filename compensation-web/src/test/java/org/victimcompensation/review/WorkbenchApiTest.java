package org.victimcompensation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseworker's workbench through the API: the paged queue, who holds a claim, search and notes. */
class WorkbenchApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theQueuePagesSortsAndFiltersInTheDatabase() {
        // Claims given to a user name of their own, so the test sees exactly its items in a shared database.
        String pager = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode urgent = aClaim();
        urgent.put("emergencyAwardRequested", true);
        Submitted emergency = submit(urgent);
        awaitWorkItem("casey", emergency.reference(), "EMERGENCY_REVIEW");
        Submitted first = submit(aClaim()); // one after the other, so their items are created in this order
        awaitWorkItem("casey", first.reference(), "REVIEW");
        Submitted second = submit(aClaim());
        awaitWorkItem("casey", second.reference(), "REVIEW");
        for (Submitted claim : List.of(second, emergency, first)) {
            assertThat(assign("sam", claim, pager).status()).isEqualTo(200);
        }

        JsonNode page0 = get("casey", "/api/v1/staff/queue?assignee=" + pager + "&size=2&sort=age").json();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("page").asInt()).isZero();
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("items").findValuesAsText("claimReference"))
                .containsExactly(emergency.reference(), first.reference()); // emergency first, then oldest
        JsonNode page1 = get("casey", "/api/v1/staff/queue?assignee=" + pager + "&size=2&page=1&sort=age").json();
        assertThat(page1.get("items").findValuesAsText("claimReference")).containsExactly(second.reference());
        assertThat(page1.get("total").asLong()).isEqualTo(3);
        // A page that is not full tells the total; a full one and one past the end count it.
        assertThat(get("casey", "/api/v1/staff/queue?assignee=" + pager).json().get("total").asLong()).isEqualTo(3);
        assertThat(get("casey", "/api/v1/staff/queue?assignee=" + pager + "&size=3").json().get("total").asLong())
                .isEqualTo(3);
        JsonNode beyond = get("casey", "/api/v1/staff/queue?assignee=" + pager + "&size=2&page=7").json();
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(3);

        JsonNode item = page0.get("items").get(0);
        assertThat(item.get("taskType").asText()).isEqualTo("EMERGENCY_REVIEW");
        assertThat(item.get("assignee").asText()).isEqualTo(pager);
        assertThat(item.get("due").asText()).isNotBlank();
        assertThat(item.get("created").asText()).isNotBlank();
        assertThat(item.get("taskId").asText()).isNotBlank();
        assertThat(item.get("priority").asInt()).isPositive();

        assertThat(references("?assignee=" + pager + "&emergency=true")).containsExactly(emergency.reference());
        assertThat(references("?assignee=" + pager + "&emergency=false&sort=age"))
                .containsExactly(first.reference(), second.reference());
        assertThat(references("?assignee=" + pager + "&type=REVIEW&sort=age"))
                .containsExactly(first.reference(), second.reference());
        assertThat(references("?assignee=" + pager + "&overdue=true")).isEmpty();
        assertThat(get("casey", "/api/v1/staff/queue?assignee=" + pager + "&overdue=true").json().get("total").asLong())
                .isZero();
        assertThat(references("?assignee=" + pager + "&overdue=false")).hasSize(3);
        assertThat(references("?assignee=" + pager + "&claimReference=" + second.reference()))
                .containsExactly(second.reference());
        assertThat(references("?assignee=" + pager + "&sort=priority")).first().isEqualTo(emergency.reference());
        assertThat(references("?assignee=none&claimReference=" + first.reference())).isEmpty();

        assertThat(get("casey", "/api/v1/staff/queue?size=0").status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/queue?size=201").status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/queue?sort=name").status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/queue?type=LUNCH").status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/queue?page=-1").status()).isEqualTo(400);
    }

    @Test
    void aCaseworkerTakesAndHandsBackASupervisorAssignsAndTheWorkFollows() {
        ObjectNode body = aClaim();
        body.put("emergencyAwardRequested", true);
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW");
        assertThat(references("?assignee=none&claimReference=" + claim.reference())).containsExactly(claim.reference());

        Response taken = assign("casey", claim, "casey");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("assignee").asText()).isEqualTo("casey");
        assertThat(assign("casey", claim, "casey").status()).as("taking twice is harmless").isEqualTo(200);
        assertThat(get("casey", "/api/v1/staff/queue?assignee=me&claimReference=" + claim.reference()).json()
                .get("items").findValuesAsText("claimReference")).containsExactly(claim.reference());
        assertThat(get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("assignee").asText()).isEqualTo("casey");

        Response byRiley = assign("riley", claim, "riley");
        assertThat(byRiley.status()).isEqualTo(409);
        assertThat(byRiley.json().get("detail").asText()).contains("casey holds this claim");
        assertThat(assign("riley", claim, "casey").status()).as("only supervisors assign others").isEqualTo(403);
        assertThat(send(as("riley", request(assignee(claim))).DELETE()).status()).isEqualTo(409);

        // The next piece of casework goes to the holder without anyone taking it again.
        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", false, "note", "")).status()).isEqualTo(200);
        assertThat(awaitWorkItem("casey", claim.reference(), "REVIEW").get("assignee").asText()).isEqualTo("casey");

        Response reassigned = assign("sam", claim, "riley");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(awaitWorkItem("riley", claim.reference(), "REVIEW").get("assignee").asText()).isEqualTo("riley");
        assertThat(assign("sam", claim, "no body").status()).isEqualTo(400);
        assertThat(assign("pat", claim, "pat").status()).isEqualTo(403);

        Response handedBack = send(as("riley", request(assignee(claim))).DELETE());
        assertThat(handedBack.status()).as(handedBack.body()).isEqualTo(200);
        assertThat(awaitWorkItem("casey", claim.reference(), "REVIEW").get("assignee").isNull()).isTrue();
        assertThat(get("ada", "/api/v1/admin/audit?claimReference=" + claim.reference()).json().findValuesAsText("action"))
                .contains("CLAIM_ASSIGNED", "CLAIM_HANDED_BACK");
    }

    @Test
    void twoCaseworkersTakingTheSameClaimAtOnceOneWinsTheOtherGets409() throws Exception {
        for (int round = 0; round < 3; round++) {
            Submitted claim = submit(aClaim());
            awaitWorkItem("casey", claim.reference(), "REVIEW");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> takes = new ArrayList<>();
            for (String user : List.of("casey", "riley")) {
                takes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return assign(user, claim, user).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> take : takes) {
                statuses.add(take.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            String holder = get("sam", "/api/v1/staff/claims/" + claim.reference()).json().get("assignee").asText();
            assertThat(awaitWorkItem("sam", claim.reference(), "REVIEW").get("assignee").asText()).isEqualTo(holder);
        }
    }

    @Test
    void staffFindAClaimByNameAndBirthDateByReferenceOrByPaymentAndEverySearchIsAudited() {
        ObjectNode body = aClaim();
        body.put("emergencyAwardRequested", true);
        String lastName = body.get("applicant").get("lastName").asText();
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW");

        JsonNode byName = get("casey", "/api/v1/staff/claims?lastName=%20" + lastName.toUpperCase() + "&dateOfBirth=1990-03-14").json();
        assertThat(byName.get("total").asInt()).isEqualTo(1);
        JsonNode found = byName.get("items").get(0);
        assertThat(found.get("reference").asText()).isEqualTo(claim.reference());
        assertThat(found.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(found.get("submittedAt").asText()).isNotBlank();
        assertThat(found.has("assignee")).isTrue();
        assertThat(found.get("assignee").isNull()).isTrue();
        assertThat(get("casey", "/api/v1/staff/claims?lastName=" + lastName + "&dateOfBirth=1990-03-15").json()
                .get("total").asInt()).isZero();
        assertThat(get("casey", "/api/v1/staff/claims?lastName=" + lastName).status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/claims").status()).isEqualTo(400);
        assertThat(get("casey", "/api/v1/staff/claims?lastName=x&dateOfBirth=14/03/1990").status()).isEqualTo(400);

        assign("riley", claim, "riley");
        JsonNode byReference = get("casey", "/api/v1/staff/claims?reference=" + claim.reference()).json();
        assertThat(byReference.get("items").get(0).get("assignee").asText()).isEqualTo("riley");
        assertThat(get("casey", "/api/v1/staff/claims?reference=VC-2026-ZZZZZZZZ").json().get("total").asInt()).isZero();

        assertThat(postJson("riley", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", true, "amount", "100.00", "category", "RELOCATION", "note", "")).status()).isEqualTo(200);
        String payment = get("riley", "/api/v1/staff/claims/" + claim.reference()).json().get("payments").get(0)
                .get("reference").asText();
        assertThat(get("casey", "/api/v1/staff/claims?paymentReference=" + payment).json().get("items")
                .findValuesAsText("reference")).containsExactly(claim.reference());
        assertThat(get("pat", "/api/v1/staff/claims?reference=" + claim.reference()).status()).isEqualTo(403);

        List<String> details = jdbc.sql("select detail from audit_entry where action = 'CLAIM_SEARCH' and actor = 'casey'"
                + " order by id desc limit 7").query(String.class).list();
        assertThat(details).contains("by payment reference: 1 found (" + claim.reference() + ")",
                "by last name and date of birth: 1 found (" + claim.reference() + ")",
                "by last name and date of birth: 0 found");
        assertThat(String.join(" ", details)).doesNotContainIgnoringCase(lastName).doesNotContain("1990");
    }

    @Test
    void notesAreForStaffOnlyAndAudited() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        String text = "Survivor asked us to call after 6 pm; staying with her aunt " + UUID.randomUUID();

        Response added = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/notes", Map.of("text", text));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("author").asText()).isEqualTo("casey");
        JsonNode notes = get("riley", "/api/v1/staff/claims/" + claim.reference()).json().get("notes");
        assertThat(notes.get(0).get("text").asText()).isEqualTo(text);
        assertThat(notes.get(0).get("at").asText()).isNotBlank();

        assertThat(survivorGet(claim).body()).doesNotContain(text).doesNotContain("aunt");
        assertThat(jdbc.sql("select text_enc from claim_note n join claim c on c.id = n.claim_id where c.reference = ?")
                .param(claim.reference()).query(String.class).single()).doesNotContain("aunt").startsWith("demo-2026:");
        assertThat(get("ada", "/api/v1/admin/audit?claimReference=" + claim.reference()).json().findValuesAsText("action"))
                .contains("NOTE_ADDED");

        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/notes", Map.of("text", " ")).status())
                .isEqualTo(400);
        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/notes", Map.of("text", "a\u202Eb"))
                .status()).isEqualTo(400);
        assertThat(postJson("pat", "/api/v1/staff/claims/" + claim.reference() + "/notes", Map.of("text", "x")).status())
                .isEqualTo(403);
        assertThat(postJson("casey", "/api/v1/staff/claims/VC-2026-ZZZZZZZZ/notes", Map.of("text", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void theQueueFiltersByTeamClaimStatusAndCrimeTypeExactly() {
        String pager = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode robbery = aClaim();
        ((ObjectNode) robbery.get("crime")).put("type", "ROBBERY");
        Submitted robbed = submit(robbery);
        Submitted assaulted = submit(aClaim());
        Submitted appealing = submit(aClaim());
        for (Submitted claim : List.of(robbed, assaulted, appealing)) {
            awaitWorkItem("casey", claim.reference(), "REVIEW");
        }
        assertThat(assign("sam", robbed, pager).status()).isEqualTo(200);
        assertThat(assign("sam", assaulted, pager).status()).isEqualTo(200);
        assertThat(assign("sam", appealing, "riley").status()).isEqualTo(200);

        assertThat(references("?assignee=" + pager + "&crimeType=ROBBERY")).containsExactly(robbed.reference());
        assertThat(references("?assignee=" + pager + "&crimeType=ASSAULT")).containsExactly(assaulted.reference());
        assertThat(references("?assignee=" + pager + "&crimeType=HOMICIDE")).isEmpty();
        assertThat(references("?assignee=" + pager + "&status=IN_REVIEW&sort=age"))
                .containsExactlyInAnyOrder(robbed.reference(), assaulted.reference());
        assertThat(get("sam", "/api/v1/staff/queue?assignee=" + pager + "&status=IN_REVIEW&crimeType=ROBBERY").json()
                .get("total").asLong()).isEqualTo(1);
        JsonNode full = get("sam", "/api/v1/staff/queue?assignee=" + pager + "&status=IN_REVIEW&size=1").json();
        assertThat(full.get("items")).hasSize(1);
        assertThat(full.get("total").asLong()).isEqualTo(2);
        JsonNode pastTheEnd = get("sam", "/api/v1/staff/queue?assignee=" + pager + "&status=IN_REVIEW&size=1&page=5").json();
        assertThat(pastTheEnd.get("items")).isEmpty();
        assertThat(pastTheEnd.get("total").asLong()).isEqualTo(2);

        // The demo's team "intake" is casey and riley: a claim held by riley is the team's, one held by pager is not.
        assertThat(references("?team=intake&claimReference=" + appealing.reference())).containsExactly(appealing.reference());
        assertThat(references("?team=intake&claimReference=" + robbed.reference())).isEmpty();
        assertThat(references("?team=intake&assignee=" + pager)).isEmpty();
        assertThat(get("sam", "/api/v1/staff/queue?team=intake").json().get("items").findValuesAsText("assignee"))
                .isNotEmpty().allMatch(a -> a.equals("casey") || a.equals("riley"));

        assertThat(postJson("riley", "/api/v1/staff/claims/" + appealing.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs")).status())
                .isEqualTo(200);
        assertThat(survivorPost(appealing, "appeal", Map.of("reason", "the costs were for treatment")).status()).isEqualTo(200);
        awaitWorkItem("sam", appealing.reference(), "APPEAL_REVIEW");
        assertThat(references("?claimReference=" + appealing.reference() + "&status=APPEALED"))
                .containsExactly(appealing.reference());
        assertThat(references("?claimReference=" + appealing.reference() + "&status=IN_REVIEW")).isEmpty();

        assertThat(get("sam", "/api/v1/staff/queue?team=nobody-leads-this").status()).isEqualTo(400);
        assertThat(get("sam", "/api/v1/staff/queue?status=ASLEEP").status()).isEqualTo(400);
        assertThat(get("sam", "/api/v1/staff/queue?crimeType=JAYWALKING").status()).isEqualTo(400);
    }

    @Test
    void aSupervisorAssignsManyClaimsAtOnceAndAHeldClaimIsReportedNotTaken() {
        String to = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        Submitted first = submit(aClaim());
        Submitted second = submit(aClaim());
        Submitted heldByRiley = submit(aClaim());
        for (Submitted claim : List.of(first, second, heldByRiley)) {
            awaitWorkItem("casey", claim.reference(), "REVIEW");
        }
        assertThat(assign("riley", heldByRiley, "riley").status()).isEqualTo(200);
        List<String> all = List.of(first.reference(), second.reference(), heldByRiley.reference());

        assertThat(postJson("casey", "/api/v1/staff/assignments", Map.of("username", to, "claimReferences", all)).status())
                .isEqualTo(403);
        Response unknown = postJson("sam", "/api/v1/staff/assignments",
                Map.of("username", to, "claimReferences", List.of(first.reference(), "VC-2026-ZZZZZZZZ")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("claimReferences[1]");
        assertThat(references("?assignee=" + to)).as("nothing changed").isEmpty();
        assertThat(postJson("sam", "/api/v1/staff/assignments", Map.of("username", to, "claimReferences", List.of()))
                .status()).isEqualTo(400);

        Response bulk = postJson("sam", "/api/v1/staff/assignments", Map.of("username", to, "claimReferences", all));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(texts(bulk.json().get("assigned"))).containsExactlyInAnyOrder(first.reference(), second.reference());
        assertThat(bulk.json().get("held").get(0).get("reference").asText()).isEqualTo(heldByRiley.reference());
        assertThat(bulk.json().get("held").get(0).get("assignee").asText()).isEqualTo("riley");
        // The engine's tasks were claimed in the same transaction: the queue already shows them held.
        assertThat(references("?assignee=" + to + "&sort=age")).containsExactlyInAnyOrder(first.reference(), second.reference());
        assertThat(references("?assignee=riley&claimReference=" + heldByRiley.reference())).containsExactly(heldByRiley.reference());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CLAIM_ASSIGNED' and actor = 'sam'"
                        + " and claim_reference = any(?) and detail = ?")
                .params(all.toArray(String[]::new), "bulk, to " + to).query(Long.class).single()).isEqualTo(2);

        Response again = postJson("sam", "/api/v1/staff/assignments",
                Map.of("username", to, "claimReferences", all, "reassign", true));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(texts(again.json().get("assigned"))).containsExactly(heldByRiley.reference());
        assertThat(texts(again.json().get("unchanged"))).containsExactlyInAnyOrder(first.reference(), second.reference());
        assertThat(again.json().get("held")).isEmpty();
        assertThat(references("?assignee=" + to)).hasSize(3);
    }

    @Test
    void aCaseworkerCannotDecideAClaimAnotherCaseworkerHoldsButASupervisorMay() {
        ObjectNode body = aClaim();
        body.put("emergencyAwardRequested", true);
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW");
        assertThat(assign("riley", claim, "riley").status()).isEqualTo(200);

        Response byCasey = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", false, "note", ""));
        assertThat(byCasey.status()).isEqualTo(409);
        assertThat(byCasey.json().get("detail").asText()).contains("riley holds this claim");
        assertThat(awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW")).as("nothing changed").isNotNull();

        assertThat(postJson("riley", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", false, "note", "")).status()).isEqualTo(200);
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response reviewByCasey = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "REQUEST_INFO", "note", "the clinic bill"));
        assertThat(reviewByCasey.status()).isEqualTo(409);
        Response bySupervisor = postJson("sam", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "REQUEST_INFO", "note", "the clinic bill"));
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
    }

    @Test
    void theClaimFileCarriesWhatTheEngineDidWithWhoHeldTheWork() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        assertThat(assign("casey", claim, "casey").status()).isEqualTo(200);
        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "REQUEST_INFO", "note", "the clinic bill")).status()).isEqualTo(200);

        JsonNode history = get("riley", "/api/v1/staff/claims/" + claim.reference()).json().get("processHistory");
        List<String> seen = new ArrayList<>();
        history.forEach(e -> seen.add(e.get("kind").asText() + " " + text(e, "work") + text(e, "timer") + " " + text(e, "actor")));
        assertThat(seen).contains("WORK_OPENED REVIEW ", "WORK_COMPLETED REVIEW casey", "TIMER_WAITING INFORMATION_REMINDER ");
        assertThat(history.get(0).get("kind").asText()).isEqualTo("WORK_OPENED");
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private List<String> references(String query) {
        Response page = get("sam", "/api/v1/staff/queue" + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").findValuesAsText("claimReference");
    }

    private Response assign(String user, Submitted claim, String username) {
        return send(as(user, request(assignee(claim))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(Map.of("username", username)))));
    }

    private static String assignee(Submitted claim) {
        return "/api/v1/staff/claims/" + claim.reference() + "/assignee";
    }
}
