--liquibase formatted sql

--changeset compensation:014-submission
-- A quarter submitted to OVC is frozen: who submitted it and when; one submitted report per quarter.
-- A later run of a submitted quarter keeps what differs and why (since_submission); an annual run
-- keeps the year as the sum of the submitted quarters beside the year recomputed (year_from_quarters).
alter table voca_report add column submitted_by text;
alter table voca_report add column submitted_at timestamptz;
alter table voca_report add column since_submission jsonb;
alter table voca_report add column year_from_quarters jsonb;
create unique index voca_report_one_submission on voca_report (fiscal_year, quarter) where submitted_at is not null;
