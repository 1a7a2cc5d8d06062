package org.victimcompensation.batch.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/**
 * Sends a payment to the gateway: {@code POST {base}/payments} with the payment reference as
 * {@code Idempotency-Key}. Timeouts, 5xx answers and broken connections are retried with backoff
 * and the same key, so the gateway pays once however often we ask. A 4xx is a refusal, kept with
 * its reason; a 409 that names the first answer's gateway id means it was accepted before.
 */
public class PaymentGatewayClient {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayClient.class);

    private final RestClient http;
    private final GatewayProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    public PaymentGatewayClient(GatewayProperties properties) {
        this.properties = properties;
        // HTTP/1.1: the JDK client would otherwise try an h2c upgrade that some servers mishandle.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.gatewayUrl()).requestFactory(factory).build();
    }

    public record PaymentRequest(String paymentReference, String amount, String currency, String method, Payee payee) {
        public record Payee(String name, String kind) {
        }
    }

    public sealed interface Answer {
        record Accepted(String gatewayId) implements Answer {
        }

        record Refused(String reason) implements Answer {
        }

        /** Still not answered after every retry: stays pending for the next run. */
        record Unavailable(String reason) implements Answer {
        }
    }

    public Answer send(PaymentRequest request) {
        String lastProblem = "not sent";
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            try {
                Answer answer = http.post().uri("/payments")
                        .header("Idempotency-Key", request.paymentReference())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(request)
                        .exchange((req, res) -> interpret(res.getStatusCode(), res.getBody()), true);
                if (!(answer instanceof Answer.Unavailable unavailable)) {
                    return answer;
                }
                lastProblem = unavailable.reason();
            } catch (ResourceAccessException e) {
                lastProblem = "no answer: " + e.getMostSpecificCause().getClass().getSimpleName();
            }
            log.warn("Payment gateway attempt {} of {} for {} failed: {}", attempt, properties.maxAttempts(),
                    request.paymentReference(), lastProblem);
        }
        return new Answer.Unavailable(lastProblem);
    }

    private Answer interpret(HttpStatusCode status, InputStream body) throws IOException {
        JsonNode answer = readJson(body);
        String gatewayId = answer == null || !answer.hasNonNull("gatewayId") ? null : answer.get("gatewayId").asText();
        if (status.is2xxSuccessful()) {
            return gatewayId != null ? new Answer.Accepted(gatewayId)
                    : new Answer.Unavailable("accepted without a gateway id");
        }
        if (status.value() == 409 && gatewayId != null) {
            return new Answer.Accepted(gatewayId);
        }
        if (status.is4xxClientError()) {
            return new Answer.Refused("gateway refused (" + status.value() + "): " + reason(answer));
        }
        return new Answer.Unavailable("gateway answered " + status.value());
    }

    private JsonNode readJson(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(64 * 1024);
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String reason(JsonNode answer) {
        if (answer == null) {
            return "no reason given";
        }
        for (String field : new String[]{"detail", "message", "reason", "error"}) {
            if (answer.hasNonNull(field)) {
                String text = answer.get(field).asText();
                return text.length() > 500 ? text.substring(0, 500) : text;
            }
        }
        return "no reason given";
    }

    private void pause(int attempt) {
        long millis = properties.backoff().toMillis() * (1L << Math.min(attempt - 2, 6));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry the payment gateway", e);
        }
    }
}
