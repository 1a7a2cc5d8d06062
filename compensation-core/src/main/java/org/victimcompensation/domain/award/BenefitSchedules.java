package org.victimcompensation.domain.award;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The versioned list of schedules; picks the one in force on a date. */
public record BenefitSchedules(List<BenefitSchedule> versions) {

    public BenefitSchedules {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one benefit schedule is needed");
        }
        versions = versions.stream().sorted(Comparator.comparing(BenefitSchedule::effectiveFrom)).toList();
    }

    public BenefitSchedule inForceOn(LocalDate date) {
        BenefitSchedule found = null;
        for (BenefitSchedule version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no benefit schedule in force on " + date);
        }
        return found;
    }
}
