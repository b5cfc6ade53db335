-- The service connects as its own role (placeholder app_rol), which owns nothing and cannot
-- bypass row-level security; Flyway migrates as the owner. Where the migrating role may create
-- roles (a developer's machine, the tests) the service's role is made here; in production the
-- database administrator creates it beforehand (README).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${app_rol}') then
        execute format('create role %I login nosuperuser nobypassrls', '${app_rol}');
        if '${app_wachtwoord}' <> 'geen' then
            execute format('alter role %I password %L', '${app_rol}', '${app_wachtwoord}');
        end if;
    end if;
end;
$$;
