package org.victimcompensation.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailed letters: whether the daily print batch runs on its schedule ({@code cron}, read by the
 * scheduler, in the program's zone), and the program's substitute address for Address
 * Confidentiality Program participants (lines separated by semicolons).
 */
@ConfigurationProperties("compensation.letters.print")
public record PrintSettings(@DefaultValue("false") boolean enabled, @DefaultValue("") String acpSubstituteAddress) {
}
