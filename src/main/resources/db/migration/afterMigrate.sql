-- What the service's role may do, granted again after every migration so that new tables and
-- sequences are included: read and write rows, never change the schema.
do $$
begin
    execute format('grant usage on schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant execute on all functions in schema %I to %I', current_schema(), '${app_rol}');
end;
$$;

-- Flyway's own history is not the service's business.
do $$
begin
    if exists (select 1 from pg_tables where tablename = 'flyway_schema_history' and schemaname = current_schema()) then
        execute format('revoke all on flyway_schema_history from %I', '${app_rol}');
    end if;
end;
$$;

-- The access log's monthly partitions are reached through the log itself, where row-level security
-- holds; read directly, a partition would show every gemeente's rows. The service never needs them.
do $$
declare
    partitie text;
begin
    for partitie in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'logboek'::regclass loop
        execute format('revoke all on %I from %I', partitie, '${app_rol}');
    end loop;
end;
$$;
