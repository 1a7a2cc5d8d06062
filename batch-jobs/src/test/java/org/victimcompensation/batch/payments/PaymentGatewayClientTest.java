package org.victimcompensation.batch.payments;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway client against WireMock: every answer the gateway can give, and how often we asked. */
class PaymentGatewayClientTest {

    private static WireMockServer gateway;
    private PaymentGatewayClient client;

    private static final PaymentGatewayClient.PaymentRequest REQUEST = new PaymentGatewayClient.PaymentRequest(
            "PAY-0123456789ABCDEF", "1500.00", "USD", "ACH",
            new PaymentGatewayClient.PaymentRequest.Payee("Harbor Counseling", "PROVIDER"));

    @BeforeAll
    static void startGateway() {
        gateway = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void setUp() {
        gateway.resetAll();
        // Read timeout well above a cold first answer on a busy 2-core machine; the slow stub waits longer still.
        client = new PaymentGatewayClient(new GatewayProperties(gateway.baseUrl(), Duration.ofSeconds(2),
                Duration.ofSeconds(3), 3, Duration.ofMillis(10)));
    }

    @Test
    void acceptedAtOnce() {
        gateway.stubFor(post("/payments").willReturn(accepted("GW-1")));

        assertThat(client.send(REQUEST)).isEqualTo(new PaymentGatewayClient.Answer.Accepted("GW-1"));
        assertRequests(1);
        gateway.verify(postRequestedFor(urlEqualTo("/payments")).withRequestBody(equalToJson("""
                {"paymentReference": "PAY-0123456789ABCDEF", "amount": "1500.00", "currency": "USD", "method": "ACH",
                 "payee": {"name": "Harbor Counseling", "kind": "PROVIDER"}}""")));
    }

    @Test
    void aServerErrorIsRetriedWithTheSameKey() {
        gateway.stubFor(post("/payments").inScenario("500").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        gateway.stubFor(post("/payments").inScenario("500").whenScenarioStateIs("recovered").willReturn(accepted("GW-2")));

        assertThat(client.send(REQUEST)).isEqualTo(new PaymentGatewayClient.Answer.Accepted("GW-2"));
        assertRequests(2);
    }

    @Test
    void aTimeoutIsRetriedWithTheSameKey() {
        gateway.stubFor(post("/payments").inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(accepted("GW-LATE").withFixedDelay(4500)).willSetStateTo("fast"));
        gateway.stubFor(post("/payments").inScenario("slow").whenScenarioStateIs("fast").willReturn(accepted("GW-LATE")));

        assertThat(client.send(REQUEST)).isEqualTo(new PaymentGatewayClient.Answer.Accepted("GW-LATE"));
        assertRequests(2);
    }

    @Test
    void aConnectionResetIsRetriedWithTheSameKey() {
        gateway.stubFor(post("/payments").inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
        gateway.stubFor(post("/payments").inScenario("reset").whenScenarioStateIs("back").willReturn(accepted("GW-3")));

        assertThat(client.send(REQUEST)).isEqualTo(new PaymentGatewayClient.Answer.Accepted("GW-3"));
        assertRequests(2);
    }

    @Test
    void aDuplicateAnswerNamingTheFirstPaymentMeansAccepted() {
        gateway.stubFor(post("/payments").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"gatewayId\": \"GW-FIRST\", \"status\": \"ACCEPTED\", \"detail\": \"duplicate idempotency key\"}")));

        assertThat(client.send(REQUEST)).isEqualTo(new PaymentGatewayClient.Answer.Accepted("GW-FIRST"));
        assertRequests(1);
    }

    @Test
    void aRefusalIsNotRetriedAndKeepsItsReason() {
        gateway.stubFor(post("/payments").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\": \"payee account closed\"}")));

        PaymentGatewayClient.Answer answer = client.send(REQUEST);

        assertThat(answer).isInstanceOf(PaymentGatewayClient.Answer.Refused.class);
        assertThat(((PaymentGatewayClient.Answer.Refused) answer).reason()).contains("422").contains("payee account closed");
        assertRequests(1);
    }

    @Test
    void aGatewayThatStaysDownLeavesThePaymentPending() {
        gateway.stubFor(post("/payments").willReturn(aResponse().withStatus(503)));

        assertThat(client.send(REQUEST)).isInstanceOf(PaymentGatewayClient.Answer.Unavailable.class);
        assertRequests(3);
    }

    private static void assertRequests(int count) {
        gateway.verify(count, postRequestedFor(urlEqualTo("/payments")));
        gateway.verify(count, postRequestedFor(urlEqualTo("/payments"))
                .withHeader("Idempotency-Key", equalTo("PAY-0123456789ABCDEF")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(String gatewayId) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"gatewayId\": \"" + gatewayId + "\", \"status\": \"ACCEPTED\"}");
    }
}
