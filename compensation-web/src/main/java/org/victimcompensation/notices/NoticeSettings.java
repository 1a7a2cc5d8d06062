package org.victimcompensation.notices;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * compensation.notices: where the neutral message points, who it comes from, how failed sends are
 * retried and the quiet hours for text messages, in {@code zone} (the program's, unless set).
 */
@ConfigurationProperties("compensation.notices")
record NoticeSettings(@DefaultValue("http://localhost:8080/status") String statusUrl,
                      @DefaultValue("updates@localhost") String from,
                      @DefaultValue("true") boolean scheduled,
                      @DefaultValue("PT1M") Duration firstRetry,
                      @DefaultValue("PT1H") Duration longestRetry,
                      @DefaultValue("12") int maxAttempts,
                      @DefaultValue("21:00") LocalTime textQuietFrom,
                      @DefaultValue("08:00") LocalTime textQuietUntil,
                      ZoneId zone) {
}
