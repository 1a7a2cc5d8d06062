package org.victimcompensation.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.victimcompensation.ApiTest;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine serves the service: a process deployed by anyone (here, straight through the engine,
 * as an attacker with a deployment would) cannot reach the service's beans or run a script, an
 * administrator reads the engine but never claim data in it, and every engine call is audited.
 */
class EngineOperationsTest extends ApiTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeProbes() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aDeployedExpressionCannotReachTheClaimsOrTheAuditTrail() {
        for (String bean : List.of("claims", "auditLog", "dataSource", "fieldCipher", "processEngine")) {
            deploy("probe-" + bean, "<serviceTask id=\"t\" camunda:expression=\"${" + bean + ".toString()}\"/>");
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probe-" + bean))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining(bean);
        }
        // The delegates our own processes name still resolve.
        deploy("probe-delegate", "<serviceTask id=\"t\" camunda:expression=\"${informationReminder.getClass().getSimpleName()}\"/>");
        assertThat(runtime.startProcessInstanceByKey("probe-delegate").isEnded()).isTrue();
    }

    @Test
    void aProcessWithAScriptIsRefused() {
        assertThatThrownBy(() -> deploy("probe-script",
                "<scriptTask id=\"t\" scriptFormat=\"javascript\"><script>java.lang.Runtime.getRuntime()</script></scriptTask>"))
                .hasMessageContaining("Scripts are not allowed");
        assertThatThrownBy(() -> deploy("probe-listener", """
                <serviceTask id="t" camunda:expression="${true}"><extensionElements>
                  <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:executionListener>
                </extensionElements></serviceTask>"""))
                .hasMessageContaining("Scripts are not allowed");
    }

    @Test
    void anAdministratorReadsTheEngineButNoClaimDataInItAndEveryCallIsAudited() throws Exception {
        Submitted claim = submit(aClaim());
        JsonNode item = awaitWorkItem("casey", claim.reference(), "REVIEW");

        // Cockpit's API, from a console session: definitions yes, variable values no.
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String token = csrfToken(send(browser, request("/staff/login").GET()).body());
        send(browser, request("/staff/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ada&password=ada-demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        Response definitions = send(browser, request("/camunda/api/engine/engine/default/process-definition?key=claim-review").GET());
        assertThat(definitions.status()).as(definitions.body()).isEqualTo(200);
        assertThat(definitions.json().size()).isPositive();
        Response tasks = send(browser, request("/camunda/api/engine/engine/default/task?taskId=" + item.get("taskId").asText()).GET());
        assertThat(tasks.json().size()).isEqualTo(1);
        String instance = tasks.json().get(0).get("processInstanceId").asText();
        Response variables = send(browser, request("/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + instance).GET());
        assertThat(variables.status()).isIn(200, 403);
        if (variables.status() == 200) {
            assertThat(variables.json().size()).as("variables an operator can read").isZero();
        }
        Response history = send(browser, request("/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + instance).GET());
        if (history.status() == 200) {
            assertThat(history.json().size()).as("historic variables an operator can read").isZero();
        }
        // Filtering by a flag's value would reveal it too: refused, however the request is spelled.
        assertThat(get("ada", "/engine-rest/process-instance?variables=domesticViolence_eq_true").status()).isEqualTo(403);
        assertThat(get("ada", "/engine-rest/process-instance?variabl%65s=domesticViolence_eq_true").status()).isEqualTo(403);
        assertThat(get("ada", "/engine-rest/task?processVariables=minorVictim_eq_true").status()).isEqualTo(403);
        assertThat(get("ada", "/engine-rest/variabl%65-instance").status()).isEqualTo(403);
        Response cockpitSearch = send(browser, request("/camunda/api/engine/engine/default/process-instance")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"variables\": [{\"name\": \"domesticViolence\", \"operator\": \"eq\", \"value\": true}]}")));
        assertThat(cockpitSearch.status()).isEqualTo(403);
        // Engine REST: reading is allowed, changing is not.
        assertThat(get("ada", "/engine-rest/process-definition?key=claim-review").status()).isEqualTo(200);
        assertThat(send(as("ada", request("/engine-rest/task/" + item.get("taskId").asText() + "/complete"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(403);
        assertThat(awaitWorkItem("casey", claim.reference(), "REVIEW").get("taskId").asText()).isEqualTo(item.get("taskId").asText());

        JsonNode audit = get("ada", "/api/v1/admin/audit?limit=50").json();
        List<String> operations = new ArrayList<>();
        audit.forEach(e -> {
            if (e.get("action").asText().equals("ENGINE_OPERATION") && e.get("actor").asText().equals("ada")) {
                operations.add(e.toString());
            }
        });
        assertThat(operations).isNotEmpty();
    }

    private void deploy(String key, String task) {
        String bpmn = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="probe">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                    %s
                    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""".formatted(key, task);
        Deployment deployment = repository.createDeployment().addString(key + ".bpmn", bpmn).deploy();
        deployments.add(deployment.getId());
    }

    private static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

}
