package org.victimcompensation.claims;

import org.victimcompensation.domain.claim.DatePrecision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people write them ("July 19, 1988", "19 de julio de 1988"), never ISO, in survivor texts. */
final class DatesInWords {

    private DatesInWords() {
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** As much of the date as is known: the day, the month ("March 2019", "marzo de 2019") or the year. */
    static String of(LocalDate date, DatePrecision precision, Locale locale) {
        return switch (precision) {
            case DAY -> day(date, locale);
            case MONTH -> DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "MMMM 'de' yyyy" : "MMMM yyyy",
                    locale).format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
