package org.victimcompensation.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.victimcompensation.domain.retention.Retention;

import java.time.Period;

/**
 * How long a claim closed for good is kept ({@code closed-for}, seven years by default: a payment
 * charged to a VOCA grant may be examined until three years after the grant's final financial report,
 * 2 CFR 200.334, and a grant is spent over its award year and up to three more), when the purge runs ({@code cron}, in the program's zone; "-"
 * switches it off) and how many claims one transaction purges ({@code batch-size}).
 */
@ConfigurationProperties("compensation.retention")
record RetentionSettings(@DefaultValue("P7Y") Period closedFor, @DefaultValue("0 30 2 * * *") String cron,
                         @DefaultValue("100") int batchSize) {

    RetentionSettings {
        if (batchSize < 1) {
            throw new IllegalStateException("compensation.retention.batch-size must be at least 1");
        }
        new Retention(closedFor); // refuses a period that is not positive, at start-up
    }

    Retention retention() {
        return new Retention(closedFor);
    }
}
