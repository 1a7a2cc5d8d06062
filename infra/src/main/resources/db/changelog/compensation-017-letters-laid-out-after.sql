--liquibase formatted sql

--changeset compensation:017-letters-laid-out-after
-- A letter is recorded in its event's transaction with what it says (sealed, like its PDF), and laid out
-- as a PDF just after by letters.LetterLayout: the layout costs tens of milliseconds of CPU a letter,
-- too much inside a payment run's or a reconciliation's chunk. Once laid out, only the PDF is kept.
alter table letter add column facts_enc bytea;
alter table letter alter column content_enc drop not null;
alter table letter add constraint letter_facts_or_pdf check (content_enc is not null or facts_enc is not null);
create index letter_waiting on letter (created_at) where content_enc is null;
