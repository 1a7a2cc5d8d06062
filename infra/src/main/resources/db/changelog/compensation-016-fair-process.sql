--liquibase formatted sql

--changeset compensation:016-fair-process-rules
-- The program's fair-process rules, versioned by effective date like the benefit schedule; the
-- version in force on the day of the act applies. Codes are those of core's CrimeType and CrimeFlag.
create table fair_process_rules (
    id                           serial primary key,
    name                         text not null unique,
    effective_from               date not null unique,
    conduct_rationale_min_length int not null check (conduct_rationale_min_length > 0),
    conduct_excluded_crime_types text[] not null,
    conduct_excluded_flags       text[] not null,
    reopen_within_days           int not null check (reopen_within_days > 0)
);
-- Defaults: contributory conduct is never applied to sexual assault, domestic or family violence,
-- human trafficking or child abuse; a withdrawn claim may be reopened for a year.
insert into fair_process_rules (name, effective_from, conduct_rationale_min_length, conduct_excluded_crime_types,
                                conduct_excluded_flags, reopen_within_days)
values ('default', date '1900-01-01', 100, array ['SEXUAL_ASSAULT', 'HUMAN_TRAFFICKING', 'CHILD_ABUSE'],
        array ['DOMESTIC_OR_FAMILY_VIOLENCE'], 365);

--changeset compensation:016-good-cause
-- The caseworker's finding on a claim filed after the filing window. The latest row stands; the note
-- may name people, so it is sealed.
create table good_cause_finding (
    id         bigserial primary key,
    claim_id   uuid not null references claim (id),
    good_cause boolean not null,
    grounds    text[] not null,
    note_enc   text,
    found_by   text not null,
    found_at   timestamptz not null
);
create index good_cause_finding_claim on good_cause_finding (claim_id);

--changeset compensation:016-verification-requests
-- Information asked of a provider (not the survivor), with a due date. A missing answer never denies.
create table verification_request (
    id           bigserial primary key,
    claim_id     uuid not null references claim (id),
    note_enc     text not null,
    due_on       date not null,
    requested_by text not null,
    requested_at timestamptz not null,
    answered_by  text,
    answered_at  timestamptz
);
create index verification_request_claim on verification_request (claim_id);
