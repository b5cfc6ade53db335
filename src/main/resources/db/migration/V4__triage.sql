-- Triage: the question behind the question, self-reliance (ZRM 2017) and advice from rules as data.

create table triage (
    id                   uuid primary key,
    hulpvraag_id         uuid          not null references hulpvraag (id),
    inwoner_id           uuid          not null references inwoner (id),
    -- the team responsible at the time of the triage, for the outcome report
    team                 varchar(100)  not null,
    beoordelaar          varchar(255)  not null,
    datum                date          not null,
    uitkomst             varchar(20)   not null,
    toelichting          varchar(4000),
    eigen_kracht         varchar(4000),
    netwerk              varchar(4000),
    veiligheid           text[]        not null,
    dreigingen           text[]        not null,
    urgent               boolean       not null,
    onderliggende_vragen jsonb         not null,
    advies               jsonb         not null,
    aangemaakt_op        timestamp(6) with time zone not null,
    constraint triage_uitkomst check (uitkomst in ('zelf-oplossen', 'verwijzen', 'beide', 'geen-actie'))
);

create index triage_hulpvraag on triage (hulpvraag_id, aangemaakt_op);
create index triage_team_datum on triage (team, datum);

-- One score per domain per triage; the official per-cell criteria texts are not stored.
create table zrm_score (
    triage_id           uuid        not null references triage (id),
    leefgebied          varchar(40) not null,
    score               integer     not null,
    eigen_kracht        integer,
    netwerk             integer,
    professionele_hulp  integer,
    primary key (triage_id, leefgebied),
    constraint zrm_score_schaal check (score between 1 and 5),
    constraint zrm_score_aandelen check (
        coalesce(eigen_kracht, 0) between 0 and 100 and coalesce(netwerk, 0) between 0 and 100
        and coalesce(professionele_hulp, 0) between 0 and 100)
);

-- The rules behind the advice. The current version lives in triageregel; every version ever
-- in force is kept in triageregel_versie, so a triage's advice can always be explained.
create table triageregel (
    id             uuid primary key,
    versie         bigint        not null,
    naam           varchar(200)  not null,
    omschrijving   varchar(2000),
    actief         boolean       not null,
    voorwaarde     jsonb         not null,
    advies         jsonb         not null,
    gewijzigd_op   timestamp(6) with time zone not null,
    gewijzigd_door varchar(255)  not null
);

create index triageregel_naam on triageregel (naam, id);

create table triageregel_versie (
    regel_id       uuid          not null references triageregel (id),
    versie         bigint        not null,
    naam           varchar(200)  not null,
    actief         boolean       not null,
    voorwaarde     jsonb         not null,
    advies         jsonb         not null,
    gewijzigd_op   timestamp(6) with time zone not null,
    gewijzigd_door varchar(255)  not null,
    primary key (regel_id, versie)
);

-- The default rule set (issue 4): addiction, GGZ, safety (Meldcode), debts, urgent debts, debts first.
insert into triageregel (id, versie, naam, omschrijving, actief, voorwaarde, advies, gewijzigd_op, gewijzigd_door) values
('10000000-0000-4000-8000-000000000001', 0, 'Verslavingszorg',
 'Middelengebruik niet zelfredzaam: verwijzen naar verslavingszorg.', true,
 '{"scores": [{"leefgebied": "middelengebruik", "min": 1, "max": 2}]}',
 '{"leefgebied": "middelengebruik", "urgentie": "hoog", "toelichting": "Verwijs naar verslavingszorg."}',
 now(), 'migratie'),
('10000000-0000-4000-8000-000000000002', 0, 'GGZ',
 'Geestelijke gezondheid niet zelfredzaam: verwijzen naar de GGZ.', true,
 '{"scores": [{"leefgebied": "geestelijke-gezondheid", "min": 1, "max": 2}]}',
 '{"leefgebied": "geestelijke-gezondheid", "urgentie": "hoog", "toelichting": "Verwijs naar de GGZ; overbrug de wachttijd."}',
 now(), 'migratie'),
('10000000-0000-4000-8000-000000000003', 0, 'Veiligheid: Meldcode',
 'Elk signaal van huiselijk geweld, kindermishandeling of acuut gevaar.', true,
 '{"veiligheid": true}',
 '{"leefgebied": "huiselijke-relaties", "urgentie": "acuut", "termijnWerkdagen": 1, "toelichting": "Volg de Meldcode huiselijk geweld en kindermishandeling: raadpleeg Veilig Thuis (stap 2) en meld bij acute of structurele onveiligheid (stap 5)."}',
 now(), 'migratie'),
('10000000-0000-4000-8000-000000000004', 0, 'Schuldhulp',
 'Financien niet zelfredzaam: schuldhulpverlening, eerste gesprek binnen 4 weken.', true,
 '{"scores": [{"leefgebied": "financien", "min": 1, "max": 2}]}',
 '{"leefgebied": "financien", "urgentie": "normaal", "termijnWerkdagen": 20, "toelichting": "Verwijs naar schuldhulpverlening; eerste gesprek binnen 4 weken."}',
 now(), 'migratie'),
('10000000-0000-4000-8000-000000000005', 0, 'Schuldhulp met spoed',
 'Financien niet zelfredzaam en dreigende huisuitzetting of afsluiting: binnen 3 werkdagen.', true,
 '{"scores": [{"leefgebied": "financien", "min": 1, "max": 2}], "dreiging": true}',
 '{"leefgebied": "financien", "urgentie": "acuut", "termijnWerkdagen": 3, "toelichting": "Dreiging van huisuitzetting, afsluiting of beeindiging van de zorgverzekering: eerste gesprek schuldhulp binnen 3 werkdagen."}',
 now(), 'migratie'),
('10000000-0000-4000-8000-000000000006', 0, 'Eerst de schulden',
 'Een vraag om werk terwijl de financien niet op orde zijn.', true,
 '{"scores": [{"leefgebied": "financien", "min": 1, "max": 2}], "hulpvraagLeefgebied": ["werk-en-opleiding"]}',
 '{"leefgebied": "financien", "urgentie": "hoog", "toelichting": "Eerst de schulden: met een nieuwe baan volgt beslag op het loon. Regel schuldhulp voordat werk wordt gezocht."}',
 now(), 'migratie');

insert into triageregel_versie (regel_id, versie, naam, actief, voorwaarde, advies, gewijzigd_op, gewijzigd_door)
select id, versie, naam, actief, voorwaarde, advies, gewijzigd_op, gewijzigd_door from triageregel;
