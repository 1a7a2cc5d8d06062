--liquibase formatted sql

--changeset compensation:014-dated-events
-- Funder reports count dated facts, so a closed period gives the same figures whenever it is rerun:
-- a payment is paid on the bank's value date (payment.value_date) and comes back on the return's own
-- date (returned_on, from the bank's line), and every decision stays a dated event even when an
-- appeal reopens the claim (claim.decided_at only holds the decision in force).
alter table payment add column returned_on date;
update payment set returned_on = (returned_at at time zone 'UTC')::date where returned_at is not null;
create index payment_value_date on payment (value_date) where settled_at is not null;
create index payment_returned_on on payment (returned_on) where settled_at is not null and returned_at is not null;

create table claim_decision (
    id            bigserial primary key,
    claim_id      uuid not null references claim (id),
    outcome       text not null check (outcome in ('APPROVED', 'DENIED')),
    denial_reason text,
    decided_at    timestamptz not null,
    reopened_at   timestamptz
);
create index claim_decision_claim on claim_decision (claim_id);
create index claim_decision_decided_at on claim_decision (decided_at);
insert into claim_decision (claim_id, outcome, denial_reason, decided_at)
select id, decision_outcome, denial_reason, decided_at from claim
where decided_at is not null and decision_outcome in ('APPROVED', 'DENIED');
