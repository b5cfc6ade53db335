-- One household, one plan, one coordinator (issue 26), second part: the support plan. One per
-- household, or per resident without one (unique indexes); its goals, actions and evaluation dates
-- are one JSON document that changes as a whole under If-Match; every version is recorded in
-- planwijziging (who, when, what, and whether after the resident's agreement). Tenant-owned, sealed
-- by row-level security (ADR 0013).

create table ondersteuningsplan (
    id                    uuid         primary key,
    gemeente              varchar(6)   not null references gemeente (code),
    huishouden_id         uuid         references huishouden (id),
    inwoner_id            uuid         references inwoner (id),
    team                  varchar(60)  not null,
    regisseur_medewerker  varchar(255) not null,
    regisseur_naam        varchar(200),
    inhoud                jsonb        not null,
    akkoord_door          varchar(200),
    akkoord_datum         date,
    akkoord_vorm          varchar(20),
    gewijzigd_na_akkoord  boolean      not null,
    versie                bigint       not null,
    aangemaakt_op         timestamp(6) with time zone not null,
    gewijzigd_op          timestamp(6) with time zone not null,
    constraint ondersteuningsplan_van_een check ((huishouden_id is null) <> (inwoner_id is null))
);

create unique index ondersteuningsplan_huishouden on ondersteuningsplan (huishouden_id) where huishouden_id is not null;
create unique index ondersteuningsplan_inwoner on ondersteuningsplan (inwoner_id) where inwoner_id is not null;
create index ondersteuningsplan_team on ondersteuningsplan (team, id);

create table planwijziging (
    id          uuid         primary key,
    gemeente    varchar(6)   not null references gemeente (code),
    plan_id     uuid         not null references ondersteuningsplan (id),
    versie      bigint       not null,
    medewerker  varchar(255) not null,
    tijdstip    timestamp(6) with time zone not null,
    wat         varchar(1000) not null,
    na_akkoord  boolean      not null
);

create index planwijziging_plan on planwijziging (plan_id, versie);

do $$
declare
    tabel text;
begin
    foreach tabel in array array['ondersteuningsplan', 'planwijziging'] loop
        execute format('alter table %I alter column gemeente set default current_setting(''vraagwijzer.gemeente'')', tabel);
        execute format('alter table %I enable row level security', tabel);
        execute format('alter table %I force row level security', tabel);
        execute format('create policy per_gemeente on %I using (vraagwijzer_zichtbaar(gemeente))'
                ' with check (vraagwijzer_zichtbaar(gemeente))', tabel);
    end loop;
end;
$$;
