-- Several gemeenten on one deployment, sealed off from each other by the database (ADR 0013).
-- Every tenant-owned table carries the gemeente; row-level security lets the service's role see
-- and write only the rows of the gemeenten the connection acts for (set per connection by
-- Gemeentegrens), or every row in a job's transaction that takes the logged bypass. Existing data
-- belongs to the default gemeente from configuration (placeholder standaard_gemeente).

create table gemeente (
    code  varchar(6)   primary key,
    naam  varchar(100) not null,
    constraint gemeente_cbs_code check (code ~ '^GM[0-9]{4}$')
);

insert into gemeente (code, naam) values ('${standaard_gemeente}', '${standaard_gemeente}');

-- The gemeente a connection may see, and the bypass of maintenance jobs, in one expression.
create function vraagwijzer_zichtbaar(gemeente varchar) returns boolean
language sql stable as $$
    select gemeente = any (string_to_array(current_setting('vraagwijzer.gemeenten', true), ','))
        or current_setting('vraagwijzer.systeem', true) = 'aan'
$$;

do $$
declare
    tabel text;
begin
    foreach tabel in array array['inwoner', 'hulpvraag', 'contactmoment', 'statuswijziging', 'triage',
            'zrm_score', 'toestemming', 'verwijzing', 'gebeurtenis', 'logboek'] loop
        execute format('alter table %I add column gemeente varchar(6) not null default %L references gemeente (code)',
                tabel, '${standaard_gemeente}');
        -- new rows belong to the gemeente the connection acts for
        execute format('alter table %I alter column gemeente set default current_setting(''vraagwijzer.gemeente'')', tabel);
        execute format('alter table %I enable row level security', tabel);
        -- also for the table owner: only a superuser or a BYPASSRLS role escapes the policy
        execute format('alter table %I force row level security', tabel);
        execute format('create policy per_gemeente on %I using (vraagwijzer_zichtbaar(gemeente))'
                ' with check (vraagwijzer_zichtbaar(gemeente))', tabel);
    end loop;
end;
$$;

-- The service's role does not own the log, so it makes the monthly partitions as their owner.
alter function logboek_maak_partities(date, integer) security definer;
alter function logboek_maak_partities(date, integer) set search_path from current;

-- A resident is known once per gemeente: the same BSN may be registered in two.
drop index inwoner_bsn_uniek;
create unique index inwoner_bsn_uniek on inwoner (gemeente, bsn) where bsn is not null;
