--liquibase formatted sql

--changeset compensation:016-letters
-- The letters sent to a survivor, as the PDF they received: sealed (they name the claim and its
-- decision), bound to their row, written once by letters.LetterStore in the transaction of the event.
create table letter (
    id          uuid primary key,
    claim_id    uuid not null references claim (id),
    kind        text not null,
    language    text not null,
    created_at  timestamptz not null,
    key_id      text not null,
    content_enc bytea not null
);
create index letter_claim on letter (claim_id);
