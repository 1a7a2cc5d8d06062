package org.victimcompensation.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.victimcompensation.ApiTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.victimcompensation.security.RoleMatrixTest.Caller.*;

/**
 * Every route the service serves, every method it accepts, called as every kind of caller, against
 * one table of who may do what (PRODUCT.md sections 2 and 4). Routes are read from Spring MVC's
 * handler mappings, so a new route without a row fails this test; the engine, Cockpit and actuator
 * paths are listed by hand. API calls carry HTTP Basic or the survivor's access code; page calls
 * come from a browser-like client with a session cookie and the form's CSRF token.
 */
class RoleMatrixTest extends ApiTest {

    enum Caller { ANONYMOUS, SURVIVOR_WRONG_CODE, SURVIVOR, CASEWORKER, SUPERVISOR, PROGRAM_STAFF, ADMIN }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> OWN_CLAIM = EnumSet.of(SURVIVOR);
    private static final Set<Caller> CLAIM_WORK = EnumSet.of(CASEWORKER, SUPERVISOR);
    private static final Set<Caller> SUPERVISORS = EnumSet.of(SUPERVISOR);
    private static final Set<Caller> PROGRAM = EnumSet.of(PROGRAM_STAFF);
    private static final Set<Caller> CONSOLE = EnumSet.of(CASEWORKER, SUPERVISOR, PROGRAM_STAFF);
    private static final Set<Caller> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

    /** The table: "METHOD path pattern" -> who gets through. */
    private static final Map<String, Set<Caller>> WHO_MAY = new LinkedHashMap<>();

    static {
        // Survivor pages and API: open, or the survivor's own claim with its code.
        may(EVERYONE, "GET /", "GET /apply", "POST /apply/resume", "GET /apply/{step:about-you|contact|what-happened|costs}",
                "POST /apply/{step:about-you|contact|what-happened|costs}", "GET /apply/review", "POST /apply/submit",
                "GET /apply/saved", "GET /status", "POST /status", "POST /api/v1/claims");
        may(OWN_CLAIM, "GET /status/view", "POST /status/documents", "GET /api/v1/claims/{reference}",
                "POST /api/v1/claims/{reference}/documents", "POST /api/v1/claims/{reference}/withdrawal",
                "POST /api/v1/claims/{reference}/appeal", "POST /api/v1/claims/{reference}/reopening",
                "GET /api/v1/claims/{reference}/letters", "GET /api/v1/claims/{reference}/letters/{letterId}",
                "GET /status/letters/{letterId}", "PUT /api/v1/claims/{reference}/safe-contact", "POST /status/safe-contact");
        // Claim work: caseworkers and supervisors; decisions on approvals and appeals: supervisors.
        may(CLAIM_WORK, "GET /api/v1/staff/queue", "GET /api/v1/staff/claims/{reference}",
                "GET /api/v1/staff/claims/{reference}/documents/{documentId}",
                "POST /api/v1/staff/claims/{reference}/emergency-decision", "POST /api/v1/staff/claims/{reference}/review",
                "POST /api/v1/staff/payments/{paymentReference}/reissue", "POST /api/v1/staff/claims/{reference}/good-cause",
                "POST /api/v1/staff/claims/{reference}/verification-requests",
                "POST /api/v1/staff/claims/{reference}/verification-requests/{requestId}/answer",
                "GET /staff/claims/{reference}", "GET /staff/claims/{reference}/documents/{documentId}",
                "GET /staff/claims/{reference}/documents/{documentId}/view",
                "POST /staff/claims/{reference}/emergency-decision", "POST /staff/claims/{reference}/review",
                // Taking and handing back a claim; a supervisor giving it to someone else is checked by the service.
                "PUT /api/v1/staff/claims/{reference}/assignee", "DELETE /api/v1/staff/claims/{reference}/assignee",
                "POST /staff/claims/{reference}/assignee", "POST /staff/claims/{reference}/assignee/release",
                "GET /api/v1/staff/claims", "GET /staff/search", "POST /staff/search",
                "POST /api/v1/staff/claims/{reference}/notes", "POST /staff/claims/{reference}/notes",
                "POST /staff/claims/{reference}/good-cause", "POST /staff/claims/{reference}/verification-requests",
                "POST /staff/claims/{reference}/verification-requests/{requestId}/answer");
        may(SUPERVISORS, "POST /api/v1/staff/claims/{reference}/approval", "POST /staff/claims/{reference}/approval");
        may(SUPERVISORS, "POST /api/v1/staff/assignments", "POST /staff/assignments"); // many claims to one person
        // Payments, reconciliation, funder reports: program staff.
        may(PROGRAM, "POST /api/v1/staff/payment-runs", "POST /api/v1/staff/reconciliations",
                "GET /api/v1/staff/reconciliations/{id}", "POST /api/v1/staff/reports/voca",
                "GET /api/v1/staff/reports/voca/{id}", "GET /api/v1/staff/reports/voca/{id}/file",
                "POST /api/v1/staff/reports/voca/{id}/submission",
                "GET /api/v1/staff/funding-rules", "POST /api/v1/staff/funding-rules",
                "POST /api/v1/staff/payments/{reference}/fund-source", "POST /api/v1/staff/revenue",
                "POST /api/v1/staff/recoveries",
                "POST /api/v1/staff/print-batches", "GET /api/v1/staff/print-batches/{id}/file",
                "GET /staff/payments", "POST /staff/payments/run", "POST /staff/reconciliations",
                "GET /staff/reconciliations/{id}", "GET /staff/reports", "POST /staff/reports", "GET /staff/reports/{id}/file",
                "GET /staff/funding-rules", "POST /staff/funding-rules", "GET /staff/funds", "POST /staff/funds/revenue",
                "POST /staff/funds/recoveries");
        may(CONSOLE, "GET /staff");
        may(NOBODY, "GET /apply/done"); // shown once, right after a submission; otherwise sent to the status form
        may(NOBODY, "GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error"); // error dispatches only
        may(EVERYONE, "GET /staff/login", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html");
        // The audit trail and the engine: administrators, and the engine only for reading.
        may(ADMINS, "GET /api/v1/admin/audit", "GET /actuator/prometheus", "GET /engine-rest/process-definition",
                "GET /engine-rest/task", "GET /camunda/app/cockpit/default/", "GET /camunda/api/engine/engine/default/process-definition");
        may(NOBODY, "POST /engine-rest/deployment/create", "POST /engine-rest/user/create",
                "POST /engine-rest/task/{taskId}/complete", "GET /engine-rest/variable-instance",
                "GET /engine-rest/history/variable-instance", "GET /engine-rest/process-instance/{id}/variables",
                "GET /camunda/app/admin/default/setup/", "POST /camunda/api/admin/setup/default/user/create",
                "GET /camunda/app/tasklist/default/", "POST /camunda/api/engine/engine/default/deployment/create",
                "POST /camunda/api/engine/engine/default/user/create");
        may(EVERYONE, "GET /actuator/health", "GET /actuator/health/readiness", "GET /actuator/info");
        // Last: leaving ends the caller's session, which the rows above need.
        may(EVERYONE, "GET /exit");
    }

    /** Routes outside Spring MVC: the engine's REST API, Camunda's web apps, the actuator. */
    private static final List<String> NOT_IN_MVC = List.of("/engine-rest/", "/camunda/", "/actuator/");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    private Submitted claim;
    private String documentId;
    private String taskId;
    private String letterId;

    @BeforeEach
    void aClaimWithADocumentInReview() {
        claim = submit(aClaim());
        Response upload = postMultipart(request("/api/v1/claims/" + claim.reference() + "/documents")
                .header(ACCESS_CODE, claim.accessCode()), Map.of("kind", "VERIFICATION"), "letter.pdf", "%PDF-1.4\n%x\n".getBytes());
        assertThat(upload.status()).isEqualTo(201);
        taskId = awaitWorkItem("casey", claim.reference(), "REVIEW").get("taskId").asText();
        documentId = get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("documents").get(0).get("id").asText();
        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "REQUEST_INFO", "note", "the clinic bill")).status()).isEqualTo(200); // sends a letter
        letterId = send(request("/api/v1/claims/" + claim.reference() + "/letters").header(ACCESS_CODE, claim.accessCode()).GET())
                .json().get(0).get("id").asText();
    }

    @Test
    void everyRouteHasARowAndEveryCallerGetsWhatTheRowSays() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST,
                        RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH) : methods) {
                    served.add(method + " " + pattern);
                }
            }
        }
        assertThat(served).as("routes the application serves without a row in WHO_MAY").isSubsetOf(WHO_MAY.keySet());
        assertThat(WHO_MAY.keySet().stream().filter(r -> !served.contains(r))
                .filter(r -> NOT_IN_MVC.stream().noneMatch(r.substring(r.indexOf(' ') + 1)::startsWith)))
                .as("rows for routes that no longer exist").isEmpty();

        Map<Caller, Client> clients = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            clients.put(caller, new Client(caller));
        }
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-70s %s%n", "route",
                Arrays.stream(Caller.values()).map(c -> abbreviate(c)).collect(Collectors.joining(" "))));
        for (Map.Entry<String, Set<Caller>> row : WHO_MAY.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-70s", row.getKey()));
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = clients.get(caller).call(row.getKey());
                assertThat(response.statusCode()).as("%s as %s: %s", row.getKey(), caller, response.body()).isLessThan(500);
                boolean through = gotThrough(row.getValue() == OWN_CLAIM, response);
                line.append(String.format(" %-4s", (through ? "ok" : "no") + (through == row.getValue().contains(caller) ? "" : "!")));
                if (through != row.getValue().contains(caller)) {
                    String body = response.body() == null ? "" : response.body();
                    wrong.add(row.getKey() + " as " + caller + ": " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse("") + body.substring(0, Math.min(200, body.length())));
                }
            }
            table.append(line).append('\n');
        }
        System.out.println(table);
        assertThat(wrong).as("callers let through or refused against the table").isEmpty();
    }

    /** Refused means 401/403 (or 404/429 on a survivor route: no oracle), or sent to a sign-in or code page. */
    private static boolean gotThrough(boolean survivorRoute, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403 || (survivorRoute && (status == 404 || status == 429))) {
            return false;
        }
        String location = response.headers().firstValue("Location").orElse("");
        return !(status / 100 == 3 && (location.contains("/staff/login") || location.endsWith("/status")));
    }

    private static void may(Set<Caller> callers, String... routes) {
        for (String route : routes) {
            assertThat(WHO_MAY.put(route, callers)).as("two rows for " + route).isNull();
        }
    }

    private static String abbreviate(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> "anon";
            case SURVIVOR_WRONG_CODE -> "svX ";
            case SURVIVOR -> "sv  ";
            case CASEWORKER -> "cw  ";
            case SUPERVISOR -> "sup ";
            case PROGRAM_STAFF -> "ps  ";
            case ADMIN -> "adm ";
        };
    }

    /** One caller: HTTP Basic or an access code for the API, a signed-in browser session for the pages. */
    private final class Client {

        private final Caller caller;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private boolean signedIn;
        private String code;

        Client(Caller caller) {
            this.caller = caller;
        }

        HttpResponse<String> call(String route) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            String path = concrete(method, pattern);
            boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/")
                    || path.startsWith("/v3/") || path.startsWith("/swagger-ui");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60));
            if (api) {
                credentials(request, path);
            } else {
                signIn();
                if (path.startsWith("/camunda/api/") && !method.equals("GET")) {
                    xsrf(request);
                }
            }
            body(request, method, path, api);
            return send(request);
        }

        private String concrete(String method, String pattern) {
            String reference = claim.reference();
            code = claim.accessCode();
            if (caller == SURVIVOR && pattern.endsWith("/withdrawal")) {
                Submitted own = submit(aClaim()); // withdrawing ends a claim: use one of its own
                reference = own.reference();
                code = own.accessCode();
            }
            return pattern.replace("{reference}", reference).replace("{documentId}", documentId)
                    .replace("{paymentReference}", "NOSUCHPAYMENT1").replace("{id}", UUID.randomUUID().toString())
                    .replace("{taskId}", taskId).replace("{requestId}", "1").replace("{letterId}", letterId).replace("{step:about-you|contact|what-happened|costs}", "about-you");
        }

        private void credentials(HttpRequest.Builder request, String path) {
            switch (caller) {
                case SURVIVOR -> request.header(ACCESS_CODE, code);
                case SURVIVOR_WRONG_CODE -> request.header(ACCESS_CODE, "WRONG-CODE-0000");
                case CASEWORKER -> basic(request, "casey");
                case SUPERVISOR -> basic(request, "sam");
                case PROGRAM_STAFF -> basic(request, "pat");
                case ADMIN -> basic(request, "ada");
                case ANONYMOUS -> { }
            }
        }

        private void basic(HttpRequest.Builder request, String user) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
        }

        /** Staff sign in through the login form; survivors open their claim with the status form. */
        private void signIn() {
            if (signedIn) {
                return;
            }
            signedIn = true;
            String user = switch (caller) {
                case CASEWORKER -> "casey";
                case SUPERVISOR -> "sam";
                case PROGRAM_STAFF -> "pat";
                case ADMIN -> "ada";
                default -> null;
            };
            if (user != null) {
                HttpResponse<String> login = form("/staff/login", Map.of("username", user, "password", user + "-demo"));
                assertThat(login.headers().firstValue("Location").orElse("")).as("sign-in of " + user).doesNotContain("error");
            } else if (caller != ANONYMOUS) {
                form("/status", Map.of("reference", claim.reference(),
                        "accessCode", caller == SURVIVOR ? claim.accessCode() : "WRONG-CODE-0000"));
            }
        }

        private HttpResponse<String> form(String path, Map<String, String> fields) {
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put("_csrf", csrfToken());
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(withToken))));
        }

        /** The token a browser would find in a form: any page with a form renders one for this session. */
        private String csrfToken() {
            String page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/staff/login")).GET()).body();
            return ApiTest.csrfToken(page);
        }

        /** Cockpit's API wants the XSRF-TOKEN cookie that its pages set, echoed in a header. */
        private void xsrf(HttpRequest.Builder request) {
            send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/")).GET());
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }

        private void body(HttpRequest.Builder request, String method, String path, boolean api) {
            if (method.equals("GET")) {
                request.GET();
                return;
            }
            if (path.endsWith("/documents") || path.endsWith("/reconciliations")) {
                Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "RECEIPT"));
                if (!api) {
                    fields.put("_csrf", csrfToken());
                }
                multipart(request, method, fields, "file", "a.pdf", "%PDF-1.4\n%x\n");
            } else if (path.endsWith("/deployment/create")) {
                // A well-formed deployment, so that what refuses it is the access rule, not its shape.
                multipart(request, method, Map.of("deployment-name", "probe"), "data", "probe.bpmn", """
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe">
                          <process id="probe" isExecutable="true" camunda:historyTimeToLive="1"><startEvent id="s"/></process>
                        </definitions>""");
            } else if (path.endsWith("/user/create")) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("""
                        {"profile": {"id": "mallory", "firstName": "Mal", "lastName": "Lory", "email": "m@example.org"},
                         "credentials": {"password": "Mallory-pw-2026"}}"""));
            } else if (api || path.startsWith("/camunda/")) {
                // Shaped to pass access checks and then change nothing: incomplete or already-decided.
                String json = path.endsWith("/appeal") ? "{\"reason\":\"I disagree\"}"
                        : path.endsWith("/review") ? "{\"decision\":\"REQUEST_INFO\",\"note\":\"\"}"
                        : path.endsWith("/approval") ? "{\"approve\":false,\"note\":\"\"}"
                        : path.endsWith("/emergency-decision") ? "{\"approve\":false,\"note\":\"\"}"
                        : path.endsWith("/safe-contact") ? "{\"mail\":false,\"phone\":true,\"voicemail\":false,\"email\":true}"
                        : "{}";
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                Map<String, String> fields = new LinkedHashMap<>();
                if (path.endsWith("/review")) {
                    fields.put("decision", "REQUEST_INFO");
                    fields.put("note", "");
                } else if (path.endsWith("/approval") || path.endsWith("/emergency-decision")) {
                    fields.put("approve", "false");
                }
                fields.put("_csrf", csrfToken());
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(urlEncoded(fields)));
            }
        }

        private void multipart(HttpRequest.Builder request, String method, Map<String, String> fields, String fileField,
                               String fileName, String content) {
            String boundary = "b" + UUID.randomUUID();
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                    .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .append(content).append("\r\n--").append(boundary).append("--\r\n");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
