-- Every replica makes the access log's coming monthly partitions at start (Logboek.maakPartities).
-- Two replicas starting together in a month whose partitions do not exist yet would both see none
-- and the second CREATE TABLE would fail; the function now takes a transaction-level lock first,
-- so the second waits and then finds the partitions made. Same signature, same rights.
create or replace function logboek_maak_partities(vanaf date, maanden integer) returns void
language plpgsql security definer set search_path from current as $$
declare
    begin_maand date := date_trunc('month', vanaf)::date;
    naam text;
begin
    perform pg_advisory_xact_lock(hashtext('vraagwijzer: logboek-partities'));
    for i in 0 .. maanden - 1 loop
        naam := 'logboek_' || to_char(begin_maand + make_interval(months => i), 'YYYY_MM');
        if to_regclass(naam) is null then
            execute format('create table %I partition of logboek for values from (%L) to (%L)',
                naam, begin_maand + make_interval(months => i), begin_maand + make_interval(months => i + 1));
        end if;
    end loop;
end;
$$;
