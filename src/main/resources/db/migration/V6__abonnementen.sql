-- Webhook subscriptions of partners and their delivery log. Delivery state lives here, not in
-- memory: after a restart or an outage, delivery continues after laatst_afgeleverd.

create table abonnement (
    id                 uuid primary key,
    organisatie_id     uuid          not null,
    callback_url       varchar(500)  not null,
    geheim             varchar(100)  not null,
    actief             boolean       not null,
    laatst_afgeleverd  bigint        not null,
    mislukkingen       integer       not null,
    volgende_poging    timestamp(6) with time zone,
    aangemaakt_op      timestamp(6) with time zone not null
);

create index abonnement_organisatie on abonnement (organisatie_id, aangemaakt_op, id);
create index abonnement_te_doen on abonnement (volgende_poging) where actief;

create table aflevering (
    id             bigint generated always as identity primary key,
    abonnement_id  uuid          not null references abonnement (id) on delete cascade,
    volgnummer     bigint        not null,
    tijdstip       timestamp(6) with time zone not null,
    http_status    integer,
    gelukt         boolean       not null,
    fout           varchar(500)
);

create index aflevering_abonnement on aflevering (abonnement_id, id desc);
