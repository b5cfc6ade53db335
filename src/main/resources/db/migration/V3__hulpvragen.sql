-- Questions (hulpvragen), their contacts and status history.
-- The open-case list is the hot query: its indexes are partial on "status <> 'afgesloten'", so
-- their size and cost follow the open work, not the years of closed cases. Queries must repeat
-- that predicate literally for PostgreSQL to use them.

create table hulpvraag (
    id                uuid primary key,
    versie            bigint        not null,
    inwoner_id        uuid          not null references inwoner (id),
    kanaal            varchar(20)   not null,
    omschrijving      varchar(4000) not null,
    leefgebieden      text[]        not null,
    wettelijk_kader   varchar(30)   not null,
    urgentie          varchar(20)   not null,
    team              varchar(100)  not null,
    medewerker        varchar(255),
    status            varchar(20)   not null,
    afsluitreden      varchar(30),
    wijk              varchar(100),
    registratie_datum date          not null,
    termijn_datum     date          not null,
    aangemaakt_op     timestamp(6) with time zone not null,
    gewijzigd_op      timestamp(6) with time zone not null,
    constraint hulpvraag_kanaal check (kanaal in ('balie', 'telefoon', 'email', 'website', 'partner')),
    constraint hulpvraag_status check (status in ('nieuw', 'in-behandeling', 'verwezen', 'afgesloten')),
    constraint hulpvraag_afsluitreden_bij_afgesloten check ((status = 'afgesloten') = (afsluitreden is not null))
);

create index hulpvraag_inwoner on hulpvraag (inwoner_id);

create index hulpvraag_open_aangemaakt on hulpvraag (aangemaakt_op, id) where status <> 'afgesloten';
create index hulpvraag_open_termijn on hulpvraag (termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_team on hulpvraag (team, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_medewerker on hulpvraag (medewerker, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_wijk on hulpvraag (wijk, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_leefgebieden on hulpvraag using gin (leefgebieden) where status <> 'afgesloten';
-- questions of every status, for lists that ask for closed ones or a period
create index hulpvraag_aangemaakt on hulpvraag (aangemaakt_op, id);

create table contactmoment (
    id            uuid primary key,
    hulpvraag_id  uuid          not null references hulpvraag (id),
    datum         date          not null,
    kanaal        varchar(20)   not null,
    medewerker    varchar(255)  not null,
    verslag       varchar(8000) not null,
    aangemaakt_op timestamp(6) with time zone not null
);

create index contactmoment_hulpvraag on contactmoment (hulpvraag_id, datum);

create table statuswijziging (
    id            uuid primary key,
    hulpvraag_id  uuid         not null references hulpvraag (id),
    van           varchar(20),
    naar          varchar(20)  not null,
    reden         varchar(2000),
    medewerker    varchar(255) not null,
    tijdstip      timestamp(6) with time zone not null
);

create index statuswijziging_hulpvraag on statuswijziging (hulpvraag_id, tijdstip);
