-- One household, one plan, one coordinator (issue 26), first part: the household. Residents who live
-- together (the GGM's Sociaal Domein "Huishouden"), in one gemeente, with the history of who moved in
-- and out. A resident lives in at most one household at a time: a unique index over the members who
-- have not left, so that two desks adding one resident at once cannot both succeed. Tenant-owned,
-- sealed by row-level security (ADR 0013).

create table huishouden (
    id             uuid         primary key,
    gemeente       varchar(6)   not null references gemeente (code),
    versie         bigint       not null,
    aangemaakt_door varchar(255) not null,
    aangemaakt_op  timestamp(6) with time zone not null,
    gewijzigd_op   timestamp(6) with time zone not null
);

create table huishoudlid (
    id              uuid         primary key,
    gemeente        varchar(6)   not null references gemeente (code),
    huishouden_id   uuid         not null references huishouden (id),
    inwoner_id      uuid         not null references inwoner (id),
    relatie         varchar(20)  not null,
    vanaf           date         not null,
    tot             date,
    vertrekreden    varchar(20),
    vastgelegd_door varchar(255) not null,
    vastgelegd_op   timestamp(6) with time zone not null,
    constraint huishoudlid_periode check (tot is null or tot >= vanaf),
    constraint huishoudlid_vertrek check ((tot is null) = (vertrekreden is null))
);

-- at most one household at a time
create unique index huishoudlid_een_huishouden on huishoudlid (inwoner_id) where tot is null;
create index huishoudlid_huishouden on huishoudlid (huishouden_id, vanaf, id);
-- the household view reads the referrals of its members' questions
create index verwijzing_hulpvraag on verwijzing (hulpvraag_id);

do $$
declare
    tabel text;
begin
    foreach tabel in array array['huishouden', 'huishoudlid'] loop
        execute format('alter table %I alter column gemeente set default current_setting(''vraagwijzer.gemeente'')', tabel);
        execute format('alter table %I enable row level security', tabel);
        execute format('alter table %I force row level security', tabel);
        execute format('create policy per_gemeente on %I using (vraagwijzer_zichtbaar(gemeente))'
                ' with check (vraagwijzer_zichtbaar(gemeente))', tabel);
    end loop;
end;
$$;
