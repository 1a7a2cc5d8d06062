--liquibase formatted sql

--changeset compensation:015-claim-assignment
-- Who holds a claim: one row per held claim. The primary key makes taking a claim a race that
-- exactly one person wins. The engine's open casework on the claim is assigned to the same person.
create table claim_assignment (
    claim_id    uuid primary key references claim (id),
    assignee    text not null,
    assigned_by text not null,
    assigned_at timestamptz not null
);
create index claim_assignment_assignee on claim_assignment (assignee);
--changeset compensation:015-claim-note
-- A caseworker's internal notes: staff only, never shown to the survivor; the text is sealed.
create table claim_note (
    id       uuid primary key,
    claim_id uuid not null references claim (id),
    at       timestamptz not null,
    author   text not null,
    text_enc text not null
);
create index claim_note_claim on claim_note (claim_id, at);
