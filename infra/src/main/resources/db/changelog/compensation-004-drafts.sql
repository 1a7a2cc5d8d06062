--liquibase formatted sql

--changeset compensation:004-application-drafts
-- An application saved page by page before it is submitted. The answers are sealed; the draft code
-- the survivor keeps is stored only as a keyed hash. Drafts expire.
create table application_draft (
    id         uuid primary key,
    code_hash  text not null unique,
    answers    text not null,
    updated_at timestamptz not null,
    expires_at timestamptz not null
);
create index application_draft_expires on application_draft (expires_at);
