package org.victimcompensation.pages;

import org.springframework.stereotype.Component;
import org.victimcompensation.batch.reporting.ReportSettings;
import org.victimcompensation.domain.money.Money;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes money, dates and sizes, from templates as {@code ${@consoleFormat...}}:
 * dollars with thousands separators, and times in the program's zone (the zone its reports count
 * days in, {@code compensation.reports.zone}), never the server's.
 */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    ConsoleFormat(ReportSettings settings) {
        this.zone = settings.zone();
    }

    /** {@code $3,000.00}: the program pays in US dollars whatever the page's language. */
    public String money(Money amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount.toBigDecimal());
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
    }

    /** 1.2 MB, 350 KB: what a person compares, not a byte count. */
    public String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
