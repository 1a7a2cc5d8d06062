package org.victimcompensation.claims;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The claims feature's settings: how many wrong access codes a client may try for one claim within
 * the window before it is slowed down, and the largest document a survivor may upload.
 */
@ConfigurationProperties("compensation")
public record ClaimsSettings(@DefaultValue AccessCode accessCode, @DefaultValue Documents documents) {

    public record AccessCode(@DefaultValue("10") int maxFailures, @DefaultValue("PT15M") Duration failureWindow) {
    }

    public record Documents(@DefaultValue("10485760") long maxBytes) {
    }
}
