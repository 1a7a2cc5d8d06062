package org.victimcompensation.domain.notices;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ClaimApplication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeScheduleTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final NoticeSchedule schedule = new NoticeSchedule(Duration.ofMinutes(1), Duration.ofMinutes(10), 5, LA,
            LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void retriesDoubleUpToTheLongestDelayThenGiveUp() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(schedule.retryAfter(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(schedule.retryAfter(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(schedule.retryAfter(4, now)).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(new NoticeSchedule(Duration.ofMinutes(1), Duration.ofMinutes(10), 9, LA, LocalTime.NOON, LocalTime.NOON)
                .retryAfter(8, now)).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(schedule.retryAfter(5, now)).isNull();
    }

    @Test
    void noTextAtNightInTheZone() {
        Instant lateEvening = Instant.parse("2026-12-02T06:30:00Z"); // 22:30 in Los Angeles on 1 December
        assertThat(schedule.textAllowedFrom(lateEvening)).isEqualTo(Instant.parse("2026-12-02T16:00:00Z")); // 08:00 next morning
        Instant earlyMorning = Instant.parse("2026-12-02T12:00:00Z"); // 04:00
        assertThat(schedule.textAllowedFrom(earlyMorning)).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        Instant afternoon = Instant.parse("2026-12-02T22:00:00Z"); // 14:00
        assertThat(schedule.textAllowedFrom(afternoon)).isEqualTo(afternoon);
        assertThat(new NoticeSchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 1, LA, LocalTime.NOON, LocalTime.NOON)
                .textAllowedFrom(lateEvening)).isEqualTo(lateEvening);
    }

    @Test
    void onlySafeChannelsWithSomewhereToSend() {
        var emailOnly = new ClaimApplication.SafeContact(true, false, true, true);
        assertThat(NoticeChannel.safe(emailOnly, "a@example.org", "555-0100")).isEqualTo(Set.of(NoticeChannel.EMAIL));
        assertThat(NoticeChannel.safe(emailOnly, null, "555-0100")).isEmpty();
        var calls = new ClaimApplication.SafeContact(false, true, false, false);
        assertThat(NoticeChannel.safe(calls, "a@example.org", "555-0100")).as("calls are not texts").isEmpty();
        var texts = new ClaimApplication.SafeContact(false, false, false, false, true, false);
        assertThat(NoticeChannel.safe(texts, "a@example.org", "555-0100")).isEqualTo(Set.of(NoticeChannel.TEXT));
        assertThat(NoticeChannel.safe(texts, "a@example.org", " ")).isEmpty();
        assertThat(NoticeChannel.safe(new ClaimApplication.SafeContact(false, false, true, false), "a@example.org", "555-0100")).isEmpty();
    }
}
