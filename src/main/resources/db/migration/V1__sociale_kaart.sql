-- The organisation directory (sociale kaart): partner organisations and the services they offer.
-- Lists sort on (naam, id) and filter on text in naam, leefgebied and wijk; the indexes below
-- serve exactly those queries.

create extension if not exists pg_trgm;

create table organisatie (
    id                          uuid primary key,
    versie                      bigint       not null,
    naam                        varchar(200) not null,
    omschrijving                varchar(4000),
    kvk_nummer                  varchar(8),
    website                     varchar(500),
    telefoonnummer              varchar(20),
    emailadres                  varchar(254),
    adres_straat                varchar(100),
    adres_huisnummer            integer,
    adres_huisnummertoevoeging  varchar(10),
    adres_postcode              varchar(6),
    adres_plaats                varchar(100),
    aangemaakt_op               timestamp(6) with time zone not null,
    gewijzigd_op                timestamp(6) with time zone not null,
    constraint organisatie_kvk_nummer_acht_cijfers check (kvk_nummer ~ '^[0-9]{8}$'),
    constraint organisatie_postcode_formaat check (adres_postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$')
);

-- deterministic paging: order by naam, then id
create index organisatie_naam_id on organisatie (naam, id);
-- "text in naam" is a case-insensitive substring search
create index organisatie_naam_trgm on organisatie using gin (lower(naam) gin_trgm_ops);

create table dienst (
    id                      uuid primary key,
    versie                  bigint       not null,
    organisatie_id          uuid         not null references organisatie (id),
    naam                    varchar(200) not null,
    omschrijving            varchar(4000),
    leefgebieden            text[]       not null,
    doelgroepen             text[]       not null,
    -- empty: the service covers the whole municipality
    wijken                  text[]       not null,
    aanmeldwijze            varchar(30)  not null,
    contact_telefoonnummer  varchar(20),
    contact_emailadres      varchar(254),
    contact_website         varchar(500),
    aangemaakt_op           timestamp(6) with time zone not null,
    gewijzigd_op            timestamp(6) with time zone not null,
    constraint dienst_heeft_leefgebied check (cardinality(leefgebieden) > 0),
    constraint dienst_aanmeldwijze check (aanmeldwijze in ('vrij-toegankelijk', 'verwijzing', 'beschikking'))
);

create index dienst_organisatie on dienst (organisatie_id);
create index dienst_naam_id on dienst (naam, id);
create index dienst_naam_trgm on dienst using gin (lower(naam) gin_trgm_ops);
create index dienst_leefgebieden on dienst using gin (leefgebieden);
create index dienst_wijken on dienst using gin (wijken);
