-- Replicas that start together on one database run this callback one at a time: Flyway's own lock
-- covers its migrations, not its callbacks, and concurrent GRANTs (or CREATE ROLEs) on one catalog
-- row fail with "tuple concurrently updated". Each block first takes a transaction-level lock,
-- held until its change is committed: whether Flyway runs the script as one transaction or block
-- by block, a second replica's block waits for the first's commit. The same key in both callbacks.

-- The service connects as its own role (placeholder app_rol), which owns nothing and cannot
-- bypass row-level security; Flyway migrates as the owner. Where the migrating role may create
-- roles (a developer's machine, the tests) the service's role is made here; in production the
-- database administrator creates it beforehand (README).
do $$
begin
    perform pg_advisory_xact_lock(hashtext('vraagwijzer: flyway-callbacks'));
    if not exists (select 1 from pg_roles where rolname = '${app_rol}') then
        execute format('create role %I login nosuperuser nobypassrls', '${app_rol}');
        if '${app_wachtwoord}' <> 'geen' then
            execute format('alter role %I password %L', '${app_rol}', '${app_wachtwoord}');
        end if;
    end if;
end;
$$;
