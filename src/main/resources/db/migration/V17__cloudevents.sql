-- Events in the NL GOV profile for CloudEvents (ADR 0020). Each event keeps its old shape (soort,
-- gegevens) for the one minor release that still serves it, and gains what a CloudEvent carries:
-- its type, its subject (the object's UUID only), its information-poor data, and its place in the
-- partner's stream (reeks: 1, 2, 3 ... per organisation, no gap), which the feed hands out as
-- `sequence`. A webhook counts its own sequence (abonnement.laatste_sequence): a filtered
-- subscription is a stream of its own.

-- the rows of every gemeente, also where the migrating role is not a superuser
select set_config('vraagwijzer.systeem', 'aan', true);

alter table gebeurtenis
    add column type       varchar(100),
    add column onderwerp  uuid,
    add column data       jsonb,
    add column reeks      bigint;

update gebeurtenis set
    type = case
        when soort = 'verwijzing-verzonden' then 'nl.vraagwijzer.verwijzing.verzonden'
        when soort = 'verwijzing-overbrugging' then 'nl.vraagwijzer.verwijzing.overbrugging-vastgelegd'
        when soort like 'verwijzing-%' then 'nl.vraagwijzer.verwijzing.status-gewijzigd'
        when soort = 'aanmelding-ontvangen' then 'nl.vraagwijzer.aanmelding.ontvangen'
        when soort = 'signaal-ontvangen' then 'nl.vraagwijzer.signaal.ontvangen'
        else 'nl.vraagwijzer.onbekend' end,
    onderwerp = coalesce(verwijzing_id, (gegevens ->> 'kenmerk')::uuid),
    -- the previous status of an old status change is not known: only the new one
    data = case
        when soort like 'verwijzing-%' and soort not in ('verwijzing-verzonden', 'verwijzing-overbrugging')
            then jsonb_build_object('status', gegevens ->> 'status') end,
    reeks = volgorde.reeks
from (select volgnummer, row_number() over (partition by organisatie_id order by volgnummer) as reeks
      from gebeurtenis) volgorde
where volgorde.volgnummer = gebeurtenis.volgnummer;

alter table gebeurtenis
    alter column type set not null,
    alter column onderwerp set not null,
    alter column reeks set not null;

-- the partner's feed continues after the last sequence it saw
create unique index gebeurtenis_reeks on gebeurtenis (organisatie_id, reeks);

-- The last sequence of each partner's stream. Not tenant-owned (a partner's stream runs across
-- the gemeenten that refer to it) and without personal data; written under the events' write lock.
create table gebeurtenisreeks (
    organisatie_id  uuid    primary key,
    laatste         bigint  not null
);

insert into gebeurtenisreeks (organisatie_id, laatste)
select organisatie_id, max(reeks) from gebeurtenis group by organisatie_id;

-- Subscriptions: a state instead of a switch, what they ask for, and their own stream.
--   actief      delivering;
--   opgeschort  suspended (retries ran out, or the receiver answered 415): reden says why, and the
--               partner or the functional admin resumes it; the missed events follow in order;
--   beeindigd   the receiver answered 410 Gone: delivery has ended for good.
alter table abonnement
    add column status             varchar(12)  not null default 'actief',
    add column reden              varchar(500),
    add column eerste_mislukking  timestamp(6) with time zone,
    add column media_type         varchar(60)  not null default 'application/cloudevents+json',
    add column typen              varchar(100)[],
    add column onderwerp          uuid,
    add column laatste_sequence   bigint       not null default 0,
    -- requests per minute the receiver agreed to in the handshake (WebHook-Allowed-Rate); null: no limit
    add column verzoekfrequentie  integer,
    add constraint abonnement_status check (status in ('actief', 'opgeschort', 'beeindigd'));

-- existing subscribers keep the shape they subscribed to until they move over
update abonnement set
    media_type = 'application/json',
    status = case when actief then 'actief' else 'opgeschort' end,
    reden = case when actief then null else 'Te vaak mislukt (voor versie 1.4.0).' end;

drop index abonnement_te_doen;
alter table abonnement drop column actief;
create index abonnement_te_doen on abonnement (volgende_poging) where status = 'actief';
-- the functional admin's list of suspended subscriptions
create index abonnement_opgeschort on abonnement (aangemaakt_op, id) where status = 'opgeschort';
