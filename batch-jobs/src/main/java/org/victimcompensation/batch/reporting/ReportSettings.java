package org.victimcompensation.batch.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Funder reports: the zone whose calendar days count (periods and days to decision), and the count
 * below which small cells are left blank (0: none).
 */
@ConfigurationProperties("compensation.reports")
public record ReportSettings(@DefaultValue("UTC") ZoneId zone, @DefaultValue("0") long suppressBelow) {
}
