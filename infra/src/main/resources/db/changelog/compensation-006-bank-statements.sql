--liquibase formatted sql

--changeset compensation:006-bank-statements
-- Bank statements list every entry of the program's account. The entries that are not its payments
-- (credits, fees, interest, unknown debits, pending entries) are counted and listed with the
-- reconciliation (codes and amounts only: a bank's free text may name people). The gateway's id is
-- a fallback key for lines whose references are missing (a return with only the bank's reference).
alter table reconciliation add column other_entries int not null default 0;

create table reconciliation_other_entry (
    reconciliation_id uuid not null references reconciliation (id),
    position          bigint not null,
    amount            numeric(14, 2) not null,
    currency          text,
    direction         text check (direction in ('DEBIT', 'CREDIT')),
    text              text not null,
    primary key (reconciliation_id, position)
);

create index payment_gateway_id on payment (gateway_id) where gateway_id is not null;

-- The bank's own words on a return (camt AddtlInf, NACHA addenda information), for a narrative
-- reason (NARR) or a code we have no words for.
alter table payment add column return_text text;
