package org.victimcompensation.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.victimcompensation.batch.reporting.ReportSettings;

/** Runs the purge on {@code compensation.retention.cron} in the program's zone, on every node; one of them does the work. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionSchedule implements SchedulingConfigurer {

    private final RetentionSettings settings;
    private final ReportSettings reports;
    private final RetentionPurge purge;

    RetentionSchedule(RetentionSettings settings, ReportSettings reports, RetentionPurge purge) {
        this.settings = settings;
        this.reports = reports;
        this.purge = purge;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!Scheduled.CRON_DISABLED.equals(settings.cron())) {
            registrar.addCronTask(new CronTask(purge::run, new CronTrigger(settings.cron(), reports.zone())));
        }
    }
}
