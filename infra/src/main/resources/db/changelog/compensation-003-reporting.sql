--liquibase formatted sql

--changeset compensation:003-reporting
-- When a claim was closed without a decision (withdrawn, or closed by staff): reports count it then.
alter table claim add column closed_at timestamptz;
create index claim_submitted_at on claim (submitted_at);
create index claim_decided_at on claim (decided_at);
create index payment_settled_at on payment (settled_at) where status = 'SETTLED';

-- Money that came back to the program: listed on the state certification, never deducted (since 2021).
create table recovery (
    id          bigserial primary key,
    claim_id    uuid references claim (id),
    kind        text not null check (kind in ('RESTITUTION', 'SUBROGATION')),
    amount      numeric(12, 2) not null check (amount >= 0),
    received_on date not null
);
create index recovery_received_on on recovery (received_on);

-- The program's revenue sources for a federal fiscal year, itemized on the state certification.
create table program_revenue (
    fiscal_year int not null,
    source      text not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    primary key (fiscal_year, source)
);

-- A funder report as requested and as produced: its parameters, the figures (so a rerun can be
-- compared) and the workbook itself (so it can be downloaded again later).
create table voca_report (
    id             uuid primary key,
    fiscal_year    int not null,
    quarter        int check (quarter between 1 and 4),
    status         text not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    requested_by   text not null,
    requested_at   timestamptz not null,
    as_of          timestamptz,
    finished_at    timestamptz,
    figures        jsonb,
    workbook       bytea,
    workbook_bytes bigint,
    failure_reason text
);
