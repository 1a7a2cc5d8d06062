--liquibase formatted sql

--changeset compensation:008-approximate-crime-dates
-- Survivors of ongoing or childhood abuse may know only the month or year of the crime, or that it
-- went on over a period. crime_occurred_on stays the (first) date; the precision says how much of it
-- is known, and crime_occurred_until ends a period. Claims before this were all known to the day.
alter table claim
    add column crime_date_precision text not null default 'DAY'
        check (crime_date_precision in ('DAY', 'MONTH', 'YEAR')),
    add column crime_occurred_until date check (crime_occurred_until >= crime_occurred_on);
