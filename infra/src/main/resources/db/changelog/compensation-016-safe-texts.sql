--liquibase formatted sql

--changeset compensation:016-safe-texts
-- Text messages are a way of contact of their own: "safe to phone" is a yes to calls, and a text stays on
-- the phone for whoever checks it. Claims filed before the question existed never said yes to texts.
alter table claim add column safe_to_text boolean not null default false;
