--liquibase formatted sql

--changeset compensation:010-audit-operations
-- Engine operations are audited too; they concern no one claim, and say what was done in `detail`.
alter table audit_entry alter column claim_reference drop not null;
alter table audit_entry add column detail text;

--changeset compensation:010-application-role-grants runAlways:true runOnChange:true splitStatements:false
-- The application connects as its own role (application_role), not as the schema owner that runs
-- these migrations: it may read and write data, but on audit_entry only insert and read, and it can
-- never alter a table or disable a trigger (only an owner can). Rerun at every start so tables added
-- by any changelog (ours, the engine's, Spring Batch's) are granted.
do $$
declare
    app text := '${application_role}';
begin
    if app = current_user then
        return; -- one role for everything (not recommended): nothing to grant
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'application role % does not exist: create it (README, Running for real)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete, truncate on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on audit_entry from %I', app);
    execute format('revoke insert, update, delete, truncate on databasechangelog, databasechangeloglock from %I', app);
end
$$;
