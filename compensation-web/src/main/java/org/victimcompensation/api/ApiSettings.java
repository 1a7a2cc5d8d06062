package org.victimcompensation.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The largest JSON body the API reads (256 KiB: a claim with every field filled is far smaller). */
@ConfigurationProperties("compensation.api")
public record ApiSettings(@DefaultValue("262144") long maxJsonBodyBytes) {
}
