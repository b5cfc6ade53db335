-- Residents (personal data) and the access log (NEN 7513) that records every access to it.

create table inwoner (
    id                          uuid primary key,
    versie                      bigint       not null,
    voornamen                   varchar(200) not null,
    achternaam                  varchar(200) not null,
    geboortedatum               date,
    bsn                         varchar(9),
    adres_straat                varchar(100),
    adres_huisnummer            integer,
    adres_huisnummertoevoeging  varchar(10),
    adres_postcode              varchar(6),
    adres_plaats                varchar(100),
    wijk                        varchar(100),
    telefoonnummer              varchar(20),
    emailadres                  varchar(254),
    voorkeurstaal               varchar(2),
    aangemaakt_op               timestamp(6) with time zone not null,
    gewijzigd_op                timestamp(6) with time zone not null,
    constraint inwoner_bsn_negen_cijfers check (bsn ~ '^[0-9]{9}$'),
    constraint inwoner_postcode_formaat check (adres_postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$')
);

-- one resident per BSN; the service answers 409 before this index has to
create unique index inwoner_bsn_uniek on inwoner (bsn) where bsn is not null;

-- The access log grows fastest of all tables (every read adds a row), so it is partitioned by
-- month: retention drops whole partitions instead of deleting rows.
create table logboek (
    id              uuid         not null,
    tijdstip        timestamp(6) with time zone not null,
    medewerker      varchar(255) not null,
    naam            varchar(255),
    rollen          text[]       not null,
    organisatie_id  uuid,
    actie           varchar(60)  not null,
    inwoner_ids     uuid[]       not null,
    doelbinding     varchar(500),
    resultaat       varchar(20)  not null,
    toelichting     varchar(2000),
    primary key (id, tijdstip),
    constraint logboek_resultaat check (resultaat in ('toegestaan', 'geweigerd'))
) partition by range (tijdstip);

-- rows outside every monthly partition land here rather than fail
create table logboek_overig partition of logboek default;

create index logboek_tijdstip on logboek (tijdstip, id);
create index logboek_inwoner on logboek using gin (inwoner_ids);
create index logboek_medewerker on logboek (medewerker, tijdstip);

-- Creates the monthly partitions from the month of `vanaf` for `maanden` months; safe to repeat.
-- The service calls it at start for the months ahead.
create function logboek_maak_partities(vanaf date, maanden integer) returns void
language plpgsql as $$
declare
    begin_maand date := date_trunc('month', vanaf)::date;
    naam text;
begin
    for i in 0 .. maanden - 1 loop
        naam := 'logboek_' || to_char(begin_maand + make_interval(months => i), 'YYYY_MM');
        if to_regclass(naam) is null then
            execute format('create table %I partition of logboek for values from (%L) to (%L)',
                naam, begin_maand + make_interval(months => i), begin_maand + make_interval(months => i + 1));
        end if;
    end loop;
end;
$$;

select logboek_maak_partities(date '2026-01-01', 24);

-- The log is append-only: no row is ever changed or deleted (retention drops partitions).
create function logboek_alleen_toevoegen() returns trigger
language plpgsql as $$
begin
    raise exception 'logboek is append-only: % is not allowed', tg_op;
end;
$$;

create trigger logboek_alleen_toevoegen
    before update or delete on logboek
    for each row execute function logboek_alleen_toevoegen();
