--liquibase formatted sql

--changeset compensation:001-benefit-schedule
create table benefit_schedule (
    id                          serial primary key,
    name                        text not null unique,
    effective_from              date not null unique,
    overall_cap                 numeric(12, 2) not null check (overall_cap >= 0),
    emergency_award_max         numeric(12, 2) not null check (emergency_award_max >= 0),
    supervisor_approval_above   numeric(12, 2) not null check (supervisor_approval_above >= 0),
    filing_window_years         int not null check (filing_window_years > 0),
    minor_filing_until_age      int not null,
    appeal_window_days          int not null check (appeal_window_days > 0),
    emergency_due_business_days int not null check (emergency_due_business_days > 0)
);
create table benefit_schedule_cap (
    schedule_id int not null references benefit_schedule (id),
    category    text not null,
    cap         numeric(12, 2) not null check (cap >= 0),
    primary key (schedule_id, category)
);
-- PRODUCT.md section 3: the default schedule, modelled on California's published figures.
insert into benefit_schedule (name, effective_from, overall_cap, emergency_award_max, supervisor_approval_above,
                              filing_window_years, minor_filing_until_age, appeal_window_days, emergency_due_business_days)
values ('default', date '1900-01-01', 70000.00, 2500.00, 10000.00, 7, 28, 45, 2);
insert into benefit_schedule_cap (schedule_id, category, cap)
select id, c.category, c.cap
from benefit_schedule,
     (values ('FUNERAL_BURIAL', 7500.00), ('MENTAL_HEALTH', 10000.00), ('RELOCATION', 2000.00),
             ('CRIME_SCENE_CLEANUP', 1000.00), ('RESIDENTIAL_SECURITY', 1000.00)) as c(category, cap)
where name = 'default';

--changeset compensation:001-claims
-- Columns here hold no personal data in plain text: what identifies a person lives encrypted in
-- claim_personal (and the *_enc columns), each value prefixed with the id of the key that sealed it.
create table claim (
    id                        uuid primary key,
    reference                 text not null unique,
    access_code_hash          text not null,
    status                    text not null,
    applicant_role            text not null,
    preferred_language        text not null,
    crime_type                text not null,
    crime_occurred_on         date not null,
    crime_state               text not null,
    crime_flags               text[] not null,
    reported_to_police        boolean,
    verification_source       text not null,
    emergency_award_requested boolean not null,
    advocate_involved         boolean not null,
    advocate_consent_on_file  boolean,
    victim_age_band           text not null,
    gender_identity           text,
    race_ethnicity            text[] not null,
    safe_to_mail              boolean not null,
    safe_to_phone             boolean not null,
    safe_to_leave_voicemail   boolean not null,
    safe_to_email             boolean not null,
    within_filing_window      boolean not null,
    possible_duplicate        boolean not null,
    applicant_lookup_hash     text not null,
    submitted_at              timestamptz not null,
    decided_at                timestamptz,
    decision_outcome          text,
    denial_reason             text,
    decision_note_enc         text,
    appeal_by                 date
);
create index claim_applicant_lookup on claim (applicant_lookup_hash);
create index claim_status on claim (status);

create table claim_personal (
    claim_id                   uuid primary key references claim (id),
    applicant_first_name       text not null,
    applicant_last_name        text not null,
    applicant_date_of_birth    text not null,
    email                      text,
    phone                      text,
    mailing_address            text,
    acp_participant_code       text,
    victim_first_name          text,
    victim_last_name           text,
    victim_date_of_birth       text,
    crime_county               text,
    crime_description          text,
    verification_provider_name text,
    verification_contact       text,
    advocate_name              text,
    advocate_organization      text
);

create table expense (
    claim_id          uuid not null references claim (id),
    line_no           int not null,
    category          text not null,
    amount            numeric(12, 2) not null check (amount >= 0),
    payee             text not null,
    provider_name_enc text,
    incurred_on       date,
    primary key (claim_id, line_no)
);

create table collateral_source (
    claim_id uuid not null references claim (id),
    line_no  int not null,
    kind     text not null,
    amount   numeric(12, 2) not null check (amount >= 0),
    primary key (claim_id, line_no)
);

create table emergency_decision (
    claim_id   uuid primary key references claim (id),
    approved   boolean not null,
    category   text,
    amount     numeric(12, 2) check (amount >= 0),
    note_enc   text,
    decided_by text not null,
    decided_at timestamptz not null
);

-- One row per review; the latest row is the one in force. A supervisor's answer is written on it.
create table review (
    id                 bigserial primary key,
    claim_id           uuid not null references claim (id),
    decision           text not null,
    reason_code        text,
    note_enc           text,
    reviewed_by        text not null,
    reviewed_at        timestamptz not null,
    award_total        numeric(12, 2),
    needs_approval     boolean not null,
    approval_outcome   text,
    approval_note_enc  text,
    approved_by        text,
    approved_at        timestamptz
);
create index review_claim on review (claim_id);

create table award (
    id          bigserial primary key,
    claim_id    uuid not null references claim (id),
    review_id   bigint references review (id),
    kind        text not null check (kind in ('EMERGENCY', 'FINAL')),
    category    text not null,
    recommended numeric(12, 2),
    amount      numeric(12, 2) not null check (amount >= 0),
    payable     numeric(12, 2) not null check (payable >= 0),
    limited_by  text not null,
    final       boolean not null default false
);
create index award_claim on award (claim_id);

create table claim_document (
    id            uuid primary key,
    claim_id      uuid not null references claim (id),
    kind          text not null,
    file_name_enc text not null,
    content_type  text not null,
    size_bytes    bigint not null,
    key_id        text not null,
    content_enc   bytea not null,
    uploaded_at   timestamptz not null
);
create index claim_document_claim on claim_document (claim_id);

create table appeal (
    claim_id   uuid not null references claim (id),
    filed_at   timestamptz not null,
    reason_enc text not null,
    primary key (claim_id, filed_at)
);

-- What happened to a claim, for the staff history: event names only, never personal data.
create table claim_event (
    id       bigserial primary key,
    claim_id uuid not null references claim (id),
    at       timestamptz not null,
    actor    text not null,
    event    text not null
);
create index claim_event_claim on claim_event (claim_id);

--changeset compensation:001-audit splitStatements:false
-- Append-only: every staff read of a claim and every decision. No personal data.
create table audit_entry (
    id              bigserial primary key,
    at              timestamptz not null,
    actor           text not null,
    action          text not null,
    claim_reference text not null
);
create index audit_entry_claim on audit_entry (claim_reference);
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
