package org.victimcompensation.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * Mailed letters: whether the daily print batch runs on its schedule ({@code cron}, read by the
 * scheduler, in the program's zone), and the program's substitute address for Address
 * Confidentiality Program participants (lines separated by semicolons). {@code since}, optional: the
 * day (program's zone) from which letters are printed, so a program that starts mailing does not
 * mail every letter issued before; {@code maxLetters}: the most one batch takes (the rest go in the
 * next), so a batch fits in memory and in a print run.
 */
@ConfigurationProperties("compensation.letters.print")
public record PrintSettings(@DefaultValue("false") boolean enabled, @DefaultValue("") String acpSubstituteAddress,
                            LocalDate since, @DefaultValue("500") int maxLetters) {

    public PrintSettings {
        if (maxLetters < 1) {
            throw new IllegalArgumentException("compensation.letters.print.max-letters must be at least 1");
        }
    }
}
