package org.victimcompensation.claims;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.victimcompensation.api.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after too many failed look-ups from one client for one reference in a
 * window, further wrong codes from that client for it are refused for a while (the right code still
 * opens: 60 random bits cannot be guessed in a few tries). Unknown references count the same as
 * wrong codes, so the throttle reveals nothing. The client is the address as seen through the
 * trusted proxy ({@code server.forward-headers-strategy}), so survivors behind one load balancer do
 * not share a counter. Held in memory per instance.
 */
@Component
class AccessCodeThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    AccessCodeThrottle(@Value("${compensation.access-code.max-failures}") int maxFailures,
                       @Value("${compensation.access-code.failure-window}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    void check(String client, String reference) {
        Deque<Instant> recent = failures.get(key(client, reference));
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= maxFailures) {
                throw new TooManyRequestsException();
            }
        }
    }

    void failed(String client, String reference) {
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(client, reference), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String client, String reference) {
        return client + "|" + reference;
    }
}
