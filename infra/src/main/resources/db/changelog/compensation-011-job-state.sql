--liquibase formatted sql

--changeset compensation:011-job-state
--comment: Where a reconciliation, report or payment run stands is Spring Batch's record (read through its JobExplorer); the copies kept here went out of step.
alter table reconciliation drop column status, drop column finished_at, drop column failure_reason;
alter table voca_report drop column status, drop column finished_at, drop column failure_reason;
alter table payment_run drop column finished_at;
