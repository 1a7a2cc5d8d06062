--liquibase formatted sql

--changeset compensation:014-publication-copy
-- Suppression is for publication only: the stored workbook is the copy entered into OVC's PMT (every
-- count as counted); the publication copy beside it leaves small counts blank.
alter table voca_report add column publication_workbook bytea;
