package org.victimcompensation.batch.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The program's zone, whose calendar days count (report periods, days to decision, the day a payment is
 * issued for its funding rule), and the count below which small cells are left blank on the
 * publication copy (0: none).
 */
@ConfigurationProperties("compensation.reports")
public record ReportSettings(ZoneId zone, @DefaultValue("0") long suppressBelow) {

    public ReportSettings {
        // No default: UTC would move a US program's last evening of a quarter into the next one.
        if (zone == null) {
            throw new IllegalStateException("compensation.reports.zone is required: the program's time zone, such as "
                    + "America/Los_Angeles (COMPENSATION_REPORTS_ZONE)");
        }
    }
}
