package org.victimcompensation.claims;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.api.TooManyRequestsException;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Slows down guessing: after too many failed look-ups from one client for one reference in a
 * window, further wrong codes from that client for it are refused for a while (the right code still
 * opens: 60 random bits cannot be guessed in a few tries). Unknown references count the same as
 * wrong codes, so the throttle reveals nothing. The client is the address as seen through the
 * trusted proxy ({@code server.forward-headers-strategy}), so survivors behind one load balancer do
 * not share a counter. Failures are counted in the database, so the limit holds across nodes.
 */
@Component
@EnableConfigurationProperties(ClaimsSettings.class)
class AccessCodeThrottle {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    AccessCodeThrottle(JdbcClient jdbc, FieldCipher cipher, ClaimsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.maxFailures = settings.accessCode().maxFailures();
        this.window = settings.accessCode().failureWindow();
        this.clock = clock;
    }

    void check(String client, String reference) {
        int recent = jdbc.sql("select count(*) from access_code_failure where reference = ? and client = ? and at > ?")
                .params(reference, clientKey(client), Timestamp.from(clock.instant().minus(window))).query(Integer.class).single();
        if (recent >= maxFailures) {
            throw new TooManyRequestsException();
        }
    }

    /**
     * Records a failure. Failures older than the window are forgotten as new ones arrive, whatever
     * reference they named, so the table stays the size of one window; the client address is kept
     * only as a keyed hash, so it does not stay linked to a claim in plain.
     */
    void failed(String client, String reference) {
        forgetExpired();
        jdbc.sql("insert into access_code_failure (reference, client, at) values (?, ?, ?)")
                .params(reference, clientKey(client), Timestamp.from(clock.instant())).update();
    }

    /** Failures older than the window count for nothing; the retention purge forgets them even when no new one comes. */
    void forgetExpired() {
        jdbc.sql("delete from access_code_failure where at <= ?").param(Timestamp.from(clock.instant().minus(window))).update();
    }

    private String clientKey(String client) {
        return cipher.lookupHash("access-code-client|" + client);
    }
}
