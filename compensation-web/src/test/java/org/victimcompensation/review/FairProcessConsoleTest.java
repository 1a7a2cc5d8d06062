package org.victimcompensation.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim page's forms for the good-cause finding and verification requests: signed in, with the
 * form's CSRF token, each problem shown at its field in the staff member's language, nothing recorded
 * until the form is right.
 */
class FairProcessConsoleTest extends ApiTest {

    /** What the browser asks for in every request, as a real one does. */
    private String language = "en";

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();

    @Test
    void aCaseworkerRecordsGoodCauseAndAVerificationRequestFromTheClaimPage() {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("occurredOn", LocalDate.now().minusYears(8).toString());
        Submitted late = submit(body);
        awaitWorkItem("casey", late.reference(), "REVIEW");
        signIn("casey");
        String path = "/staff/claims/" + late.reference();

        String page = page(path);
        assertThat(page).contains("id=\"good-cause-form\"").contains("id=\"verification-form\"");
        Response noToken = send(browser, request(path + "/good-cause").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("goodCause=true&grounds=TRAUMA")));
        assertThat(noToken.status()).isEqualTo(403);

        // Good cause found but no ground named: shown at the grounds, in Spanish for a Spanish browser.
        language = "es";
        assertThat(post(path + "/good-cause", csrfToken(page), "goodCause", "true", "note", "").status()).isEqualTo(302);
        String refused = page(path);
        assertThat(refused).contains("id=\"grounds-error\"")
                .contains("Elija al menos un motivo cuando hay causa justificada, y ninguno cuando no la hay.")
                .contains("usa-form-group--error");
        assertThat(get("casey", "/api/v1/staff/claims/" + late.reference()).json().path("goodCause").path("grounds").isMissingNode())
                .as("nothing recorded").isTrue();

        language = "en";
        assertThat(post(path + "/good-cause", csrfToken(refused), "goodCause", "true", "grounds", "TRAUMA", "grounds", "SAFETY",
                "note", "").status()).isEqualTo(302);
        String recorded = page(path);
        assertThat(recorded).contains("Good-cause finding recorded.").contains("Good cause found by casey")
                .doesNotContain("id=\"grounds-error\"");
        assertThat(get("casey", "/api/v1/staff/claims/" + late.reference()).json().get("goodCause").get("grounds").toString())
                .contains("TRAUMA").contains("SAFETY");

        // A verification request without what is asked and with a date that is not one: both fields say so.
        post(path + "/verification-requests", csrfToken(recorded), "note", "", "dueOn", "next week");
        String twoProblems = page(path);
        assertThat(twoProblems).contains("id=\"verification-note-error\"").contains("Write what you ask the provider for.")
                .contains("id=\"verification-due-error\"").contains("Enter a due date after today, written like 2026-12-31.")
                .contains("value=\"next week\"");
        String due = LocalDate.now().plusDays(10).toString();
        post(path + "/verification-requests", csrfToken(twoProblems), "note", "Treatment dates from the clinic", "dueOn", due);
        String requested = page(path);
        assertThat(requested).contains("Verification request recorded.").contains("Treatment dates from the clinic")
                .contains("due " + due).contains("Mark answered");
        assertThat(get("casey", "/api/v1/staff/claims/" + late.reference()).json().get("verificationRequests")).hasSize(1);
    }

    private void signIn(String user) {
        String login = send(browser, request("/staff/login").GET()).body();
        Response signedIn = post("/staff/login", csrfToken(login), "username", user, "password", user + "-demo");
        assertThat(signedIn.raw().headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String page(String path) {
        Response response = send(browser, request(path).header("Accept-Language", language).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private Response post(String path, String token, String... fields) {
        StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(browser, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }
}
