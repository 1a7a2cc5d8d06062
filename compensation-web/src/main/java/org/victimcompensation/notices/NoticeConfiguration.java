package org.victimcompensation.notices;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.victimcompensation.domain.notices.NoticeSchedule;

import java.time.ZoneId;

/** The retry and quiet-hour rules from the settings; the survivor's zone is taken to be the program's unless set. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeConfiguration {

    @Bean
    NoticeSchedule noticeSchedule(NoticeSettings settings, ZoneId programZone) {
        return new NoticeSchedule(settings.firstRetry(), settings.longestRetry(), settings.maxAttempts(),
                settings.zone() == null ? programZone : settings.zone(), settings.textQuietFrom(), settings.textQuietUntil());
    }
}
