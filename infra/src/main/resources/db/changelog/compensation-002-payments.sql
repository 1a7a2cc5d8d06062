--liquibase formatted sql

--changeset compensation:002-payments
-- A payment per award and payee. The reference is the idempotency key sent to the gateway and the
-- end-to-end id the bank returns in settlement files. Fund source and the property-damage flag let
-- funder reports be rebuilt from payments alone.
create table payment (
    id               uuid primary key,
    reference        text not null unique,
    claim_id         uuid not null references claim (id),
    award_kind       text not null check (award_kind in ('EMERGENCY', 'FINAL')),
    category         text not null,
    amount           numeric(12, 2) not null check (amount > 0),
    payee_kind       text not null check (payee_kind in ('PROVIDER', 'APPLICANT')),
    payee_name_enc   text not null,
    method           text not null check (method in ('ACH', 'CHECK')),
    fund_source      text not null check (fund_source in ('STATE', 'FEDERAL_VOCA')),
    property_damage  boolean not null,
    status           text not null check (status in ('DUE', 'ISSUED', 'SETTLED', 'RETURNED', 'FAILED', 'REISSUED')),
    gateway_id       text,
    failure_reason   text,
    return_code      text,
    replaces         uuid references payment (id),
    due_at           timestamptz not null,
    issued_at        timestamptz,
    settled_at       timestamptz,
    value_date       date,
    returned_at      timestamptz,
    reissue_opened   boolean not null default false,
    settled_by       uuid,
    returned_by      uuid
);
create index payment_claim on payment (claim_id);
create index payment_status on payment (status);
create index payment_replaces on payment (replaces) where replaces is not null;

-- The outbox of gateway calls: written in the same transaction as the payment it sends, sent
-- after, marked done in the same transaction as the payment's new state. A crash in between leaves
-- it pending, and the resend carries the same idempotency key, so nothing is paid twice or forgotten.
create table payment_outbox (
    payment_id   uuid primary key references payment (id),
    request_enc  text not null,
    state        text not null check (state in ('PENDING', 'SENT', 'REFUSED')),
    attempts     int not null default 0,
    last_error   text,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    run_id       bigint
);
create index payment_outbox_pending on payment_outbox (state) where state = 'PENDING';

create table payment_run (
    id          bigserial primary key,
    started_by  text not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    issued      int not null default 0,
    failed      int not null default 0,
    pending     int not null default 0
);

create table reconciliation (
    id               uuid primary key,
    file_name        text not null,
    file_path        text not null,
    file_sha256      text not null,
    format           text not null,
    status           text not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    uploaded_by      text not null,
    uploaded_at      timestamptz not null,
    finished_at      timestamptz,
    matched          int not null default 0,
    returned         int not null default 0,
    unmatched        int not null default 0,
    failure_reason   text
);

create table reconciliation_exception (
    id                bigserial primary key,
    reconciliation_id uuid not null references reconciliation (id),
    line_no           bigint not null,
    kind              text not null,
    payment_reference text,
    detail            text not null,
    unique (reconciliation_id, line_no, kind)
);
create index reconciliation_exception_run on reconciliation_exception (reconciliation_id);
