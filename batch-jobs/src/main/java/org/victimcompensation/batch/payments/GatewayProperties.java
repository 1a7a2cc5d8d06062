package org.victimcompensation.batch.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The payment gateway: where it is, how long to wait, how often to retry a timeout, a 5xx or a
 * broken connection (always with the same idempotency key).
 */
@ConfigurationProperties("compensation.payments")
public record GatewayProperties(String gatewayUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                                Duration backoff) {

    public GatewayProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxAttempts = maxAttempts <= 0 ? 4 : maxAttempts;
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
    }
}
