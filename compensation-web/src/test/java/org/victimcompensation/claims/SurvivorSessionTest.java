package org.victimcompensation.claims;

import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survivor's session on a shared or hostile network: a session id planted before the code was
 * given never opens the claim, the cookie is HttpOnly and SameSite, and the access-code throttle
 * counts wrong codes per client (as seen through the trusted proxy) and reference while the right
 * code always opens.
 */
class SurvivorSessionTest extends ApiTest {

    private final HttpClient noCookies = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aPlantedSessionIdCannotReadTheClaimAfterTheSurvivorGivesTheCode() {
        Submitted claim = submit(aClaim());
        // The abuser opens the site and plants the session id in the survivor's browser.
        Response form = send(noCookies, request("/status").GET());
        String planted = sessionId(form);
        String token = csrfToken(form.body());

        Response opened = send(noCookies, request("/status").header("Cookie", "SESSION=" + planted)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=" + claim.reference() + "&accessCode="
                        + URLEncoder.encode(claim.accessCode(), StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(opened.status()).isEqualTo(302);
        String renewed = sessionId(opened);
        assertThat(renewed).isNotEqualTo(planted);
        String cookie = opened.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        Response survivorView = send(noCookies, request("/status/view").header("Cookie", "SESSION=" + renewed).GET());
        assertThat(survivorView.status()).isEqualTo(200);
        assertThat(survivorView.body()).contains(claim.reference());
        Response abuserView = send(noCookies, request("/status/view").header("Cookie", "SESSION=" + planted).GET());
        assertThat(abuserView.status()).isEqualTo(302);
        assertThat(abuserView.body()).doesNotContain(claim.reference());
    }

    /** Quick exit and "Finish and leave" end the visit: nothing of the claim stays reachable from that browser. */
    @Test
    void leavingEndsTheSessionAndAsksTheBrowserToForgetTheSite() {
        Submitted claim = submit(aClaim());
        Response form = send(noCookies, request("/status").GET());
        Response opened = send(noCookies, request("/status").header("Cookie", "SESSION=" + sessionId(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=" + claim.reference() + "&accessCode="
                        + URLEncoder.encode(claim.accessCode(), StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrfToken(form.body()), StandardCharsets.UTF_8))));
        String session = sessionId(opened);
        String cookie = opened.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).as("lives only for the visit").doesNotContainIgnoringCase("Max-Age").doesNotContainIgnoringCase("Expires");
        assertThat(send(noCookies, request("/status/view").header("Cookie", "SESSION=" + session).GET()).status())
                .isEqualTo(200);

        // A link, so no CSRF token: leaving must work in one tap, from any page, even after the session expired.
        Response exit = send(noCookies, request("/exit").header("Cookie", "SESSION=" + session).GET());
        assertThat(exit.status()).isEqualTo(303);
        assertThat(exit.raw().headers().firstValue("Location")).hasValue(GATEWAY.baseUrl() + "/weather");
        assertThat(exit.raw().headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\", \"storage\"");
        assertThat(exit.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        Response after = send(noCookies, request("/status/view").header("Cookie", "SESSION=" + session).GET());
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.raw().headers().firstValue("Location").orElse("")).endsWith("/status");
        assertThat(send(noCookies, request("/exit").GET()).status()).as("without a session too").isEqualTo(303);
    }

    @Test
    void wrongCodesAreThrottledPerClientAndReferenceButTheRightCodeAlwaysOpens() {
        Submitted claim = submit(aClaim());
        Submitted other = submit(aClaim());
        String abuser = "203.0.113.77";
        String survivor = "198.51.100.23";

        for (int i = 0; i < 5; i++) { // compensation.access-code.max-failures is 5 in the tests
            assertThat(lookUp(claim.reference(), "WRONG-CODE-" + i, abuser)).isEqualTo(404);
        }
        assertThat(lookUp(claim.reference(), "WRONG-CODE-X", abuser)).isEqualTo(429);
        // Behind the same load balancer, another person's wrong code is their own first try...
        assertThat(lookUp(claim.reference(), "WRONG-CODE-Y", survivor)).isEqualTo(404);
        // ...the abuser's count is for this reference only...
        assertThat(lookUp(other.reference(), "WRONG-CODE-Z", abuser)).isEqualTo(404);
        // ...and the survivor's right code opens, even from the throttled address.
        assertThat(lookUp(claim.reference(), claim.accessCode(), survivor)).isEqualTo(200);
        assertThat(lookUp(claim.reference(), claim.accessCode(), abuser)).isEqualTo(200);
    }

    @Test
    void theSharedSessionTableHoldsNoDraftCodeInPlainText() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        send(browser, request("/apply").GET());
        String saved = send(browser, request("/apply/saved").GET()).body();
        Matcher shown = Pattern.compile("id=\"draft-code\">([^<]+)<").matcher(saved);
        assertThat(shown.find()).as("the saved page shows the draft code").isTrue();
        String code = shown.group(1).strip();

        List<byte[]> stored = jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list();
        assertThat(stored).isNotEmpty();
        String needle = code.replace("-", "");
        for (byte[] attribute : stored) {
            String text = new String(attribute, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain(code).doesNotContain(needle);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int lookUp(String reference, String code, String forwardedFor) {
        return send(noCookies, request("/api/v1/claims/" + reference).header(ACCESS_CODE, code)
                .header("X-Forwarded-For", forwardedFor).GET()).status();
    }

    private static String sessionId(Response response) {
        List<String> cookies = response.raw().headers().allValues("Set-Cookie");
        return cookies.stream().flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

}
