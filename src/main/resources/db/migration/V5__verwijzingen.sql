-- Referrals to partner organisations, the resident's consent, and the outbox of events.

alter table dienst add column reactietermijn_werkdagen integer not null default 5
    constraint dienst_reactietermijn check (reactietermijn_werkdagen between 1 and 60);

create table toestemming (
    id              uuid primary key,
    inwoner_id      uuid          not null references inwoner (id),
    organisatie_id  uuid          not null references organisatie (id),
    doel            varchar(500)  not null,
    datum           date          not null,
    vorm            varchar(20)   not null,
    geldig_tot      date,
    ingetrokken_op  timestamp(6) with time zone,
    vastgelegd_door varchar(255)  not null,
    aangemaakt_op   timestamp(6) with time zone not null,
    constraint toestemming_vorm check (vorm in ('mondeling', 'schriftelijk'))
);

create index toestemming_inwoner on toestemming (inwoner_id);

create table verwijzing (
    id                   uuid primary key,
    versie               bigint        not null,
    hulpvraag_id         uuid          not null references hulpvraag (id),
    inwoner_id           uuid          not null references inwoner (id),
    team                 varchar(100)  not null,
    onderliggende_vraag  varchar(2000),
    dienst_id            uuid          not null references dienst (id),
    organisatie_id       uuid          not null references organisatie (id),
    reden                varchar(2000) not null,
    urgentie             varchar(20)   not null,
    gedeeld              jsonb         not null,
    toestemming_id       uuid references toestemming (id),
    wettelijke_grondslag varchar(30),
    rechtvaardiging      varchar(2000),
    status               varchar(20)   not null,
    status_reden         varchar(2000),
    verwachte_start      date,
    resultaat            varchar(2000),
    verzonden_op         timestamp(6) with time zone not null,
    reactie_datum        date          not null,
    gewijzigd_op         timestamp(6) with time zone not null,
    constraint verwijzing_grondslag check (toestemming_id is not null or
        (wettelijke_grondslag is not null and rechtvaardiging is not null))
);

-- a partner's own work, newest first; a team's referrals; overdue reactions
create index verwijzing_organisatie on verwijzing (organisatie_id, verzonden_op desc, id);
create index verwijzing_team on verwijzing (team, verzonden_op desc, id);
create index verwijzing_wacht_op_reactie on verwijzing (reactie_datum) where status = 'verzonden';

-- Transactional outbox: every referral and status change writes its event in the same
-- transaction. Partners read their own events in volgnummer order (feed and webhooks follow).
create table gebeurtenis (
    volgnummer      bigint generated always as identity primary key,
    id              uuid          not null unique,
    organisatie_id  uuid          not null,
    soort           varchar(60)   not null,
    verwijzing_id   uuid,
    tijdstip        timestamp(6) with time zone not null,
    gegevens        jsonb         not null
);

create index gebeurtenis_organisatie on gebeurtenis (organisatie_id, volgnummer);

-- Idempotency keys of partners' pushes (IETF httpapi idempotency-key): the first answer is kept
-- and replayed for a retry with the same key and body. Kept at least 24 hours.
create table idempotent_verzoek (
    organisatie_id  uuid          not null,
    sleutel         varchar(255)  not null,
    verzoek_hash    varchar(64)   not null,
    status          integer       not null,
    antwoord        text          not null,
    aangemaakt_op   timestamp(6) with time zone not null,
    primary key (organisatie_id, sleutel)
);
