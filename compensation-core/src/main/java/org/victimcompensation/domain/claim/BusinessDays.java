package org.victimcompensation.domain.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Due dates in business days (Monday to Friday; public holidays are not yet known to the service). */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
