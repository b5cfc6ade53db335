-- Replicas that start together on one database run this callback one at a time: Flyway's own lock
-- covers its migrations, not its callbacks, and concurrent GRANTs (or CREATE ROLEs) on one catalog
-- row fail with "tuple concurrently updated". Each block first takes a transaction-level lock,
-- held until its change is committed: whether Flyway runs the script as one transaction or block
-- by block, a second replica's block waits for the first's commit. The same key in both callbacks.

-- What the service's role may do, granted again after every migration so that new tables and
-- sequences are included: read and write rows, never change the schema.
do $$
begin
    perform pg_advisory_xact_lock(hashtext('vraagwijzer: flyway-callbacks'));
    execute format('grant usage on schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${app_rol}');
    execute format('grant execute on all functions in schema %I to %I', current_schema(), '${app_rol}');
end;
$$;

-- Flyway's own history is not the service's business.
do $$
begin
    perform pg_advisory_xact_lock(hashtext('vraagwijzer: flyway-callbacks'));
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
    perform pg_advisory_xact_lock(hashtext('vraagwijzer: flyway-callbacks'));
    for partitie in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'logboek'::regclass loop
        execute format('revoke all on %I from %I', partitie, '${app_rol}');
    end loop;
end;
$$;
