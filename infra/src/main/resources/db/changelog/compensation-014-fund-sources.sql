--liquibase formatted sql

--changeset compensation:014-fund-sources
-- Fund sources that match the books: program staff keep versioned funding rules, and each payment
-- records, when it is issued, the source, grant award and rule in force that day (until then it has
-- none). A re-charge (when the federal financial report is reconciled) is kept with its reason.
create table funding_rule (
    id             bigserial primary key,
    effective_from date not null,
    category       text, -- null: every expense category
    fund_source    text not null check (fund_source in ('STATE', 'VOCA_GRANT', 'OTHER_FEDERAL')),
    grant_award    text,
    created_by     text not null,
    created_at     timestamptz not null,
    check (fund_source <> 'VOCA_GRANT' or grant_award is not null),
    check (fund_source <> 'STATE' or grant_award is null)
);

alter table payment drop constraint payment_fund_source_check;
update payment set fund_source = 'VOCA_GRANT' where fund_source = 'FEDERAL_VOCA';
alter table payment add constraint payment_fund_source_check check (fund_source in ('STATE', 'VOCA_GRANT', 'OTHER_FEDERAL'));
alter table payment alter column fund_source drop not null;
update payment set fund_source = null where status = 'DUE';
alter table payment add column grant_award text;
alter table payment add column funding_rule_id bigint references funding_rule (id);

create table payment_fund_change (
    id          bigserial primary key,
    payment_id  uuid not null references payment (id),
    from_source text,
    from_award  text,
    to_source   text not null check (to_source in ('STATE', 'VOCA_GRANT', 'OTHER_FEDERAL')),
    to_award    text,
    reason      text not null,
    changed_by  text not null,
    changed_at  timestamptz not null
);
create index payment_fund_change_payment on payment_fund_change (payment_id);
