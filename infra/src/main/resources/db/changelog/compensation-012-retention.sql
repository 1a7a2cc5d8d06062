--liquibase formatted sql

--changeset compensation:012-retention
-- A payment outlives its claim as an anonymous fact (amount, category, fund source, grant award,
-- dates): funder reports and the grant's audit count money paid. The retention purge detaches it
-- from the purged claim and drops the payee's name and the bank's words.
alter table payment alter column claim_id drop not null;
alter table payment alter column payee_name_enc drop not null;
