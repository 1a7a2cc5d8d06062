--liquibase formatted sql

--changeset compensation:016-discreet
-- The survivor asked that messages never name the program.
alter table claim add column safe_discreet boolean not null default false;

--changeset compensation:016-notice-outbox
-- Notices (email, text message) waiting to be sent, written in the transaction of the event they tell
-- of (one row per channel, keyed by the event, so the same event never gives two notices on a channel).
-- No address here: the sender reads it sealed from the claim, and only if the channel is still safe.
-- state: PENDING, SENT, WITHHELD (the channel is no longer safe, or has no address), FAILED (given up).
create table notice_outbox (
    id              bigserial primary key,
    notice_key      text not null unique,
    claim_id        uuid not null references claim (id),
    channel         text not null,
    event           text not null,
    state           text not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index notice_outbox_due on notice_outbox (next_attempt_at) where state = 'PENDING';

--changeset compensation:016-print-batches
-- The daily print batch of mailed letters (one PDF, sealed: it carries names and addresses), and what
-- became of each letter: printed in a batch, or withheld (mail is not safe, or no address).
create table print_batch (
    id          uuid primary key,
    created_at  timestamptz not null,
    created_by  text not null,
    letters     int not null,
    key_id      text,
    content_enc bytea
);
create table print_batch_letter (
    letter_id      uuid primary key references letter (id),
    print_batch_id uuid not null references print_batch (id),
    outcome        text not null
);

--changeset compensation:016-appeal-window-index
-- The notice sender looks daily for denials whose appeal window is about to close.
create index claim_appeal_by on claim (appeal_by) where status = 'DENIED';
