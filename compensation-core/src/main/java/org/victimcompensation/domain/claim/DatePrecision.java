package org.victimcompensation.domain.claim;

/**
 * How much of a crime date the survivor knows. Survivors of ongoing or childhood abuse may know only
 * the month or the year: the date is then the first day of that month or year, read with its precision.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
