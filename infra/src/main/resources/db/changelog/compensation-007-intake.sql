--liquibase formatted sql

--changeset compensation:007-idempotent-intake
-- One row per Idempotency-Key a client sent with a submission (or per application draft): a retry
-- with the same key and body finds the claim the first call made instead of making another. The
-- body is kept only as a keyed hash. Goes with its claim.
create table intake_request (
    idempotency_key text primary key,
    body_hash       text not null,
    claim_id        uuid references claim (id) on delete cascade,
    created_at      timestamptz not null
);

--changeset compensation:007-access-code-failures
-- Wrong access codes, counted in the database so the throttle holds across every node. No code is
-- kept; the client is the address seen through the trusted proxy. Rows older than the window go.
create table access_code_failure (
    reference text not null,
    client    text not null,
    at        timestamptz not null
);
create index access_code_failure_lookup on access_code_failure (reference, client, at);

--changeset compensation:007-access-code-failures-by-age
-- Failures older than the window are purged whatever reference they name; the client is kept only
-- as a keyed hash from here on.
create index access_code_failure_at on access_code_failure (at);
delete from access_code_failure;
