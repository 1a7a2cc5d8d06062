package org.victimcompensation.domain.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a notice is tried again after a failure (doubling, capped), and when a text message may be
 * sent: never in the quiet hours of the survivor's zone (a phone lighting up at night can be seen).
 * {@code quietFrom} equal to {@code quietUntil} means no quiet hours.
 */
public record NoticeSchedule(Duration firstRetry, Duration longestRetry, int maxAttempts, ZoneId zone,
                             LocalTime quietFrom, LocalTime quietUntil) {

    public NoticeSchedule {
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries need a positive first delay, a longest delay not below it and at least one attempt");
        }
    }

    /** After {@code attempts} failed tries: the next try, or null when the notice is given up. */
    public Instant retryAfter(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return null;
        }
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(longestRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return now.plus(delay.compareTo(longestRetry) > 0 ? longestRetry : delay);
    }

    /** {@code at} itself when a text may go then, else the end of the quiet hours it falls in. */
    public Instant textAllowedFrom(Instant at) {
        if (quietFrom.equals(quietUntil)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietFrom.isAfter(quietUntil);
        boolean quiet = overnight ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return at;
        }
        ZonedDateTime end = local.with(quietUntil);
        if (!end.isAfter(local)) {
            end = local.plusDays(1).with(quietUntil);
        }
        return end.toInstant();
    }
}
