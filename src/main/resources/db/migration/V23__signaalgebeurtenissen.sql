-- The status of a partner's own signals, as events in a stream of their own (ADR 0023): an event
-- about a signal's status belongs to the signaalpartner (signaalpartner_id) with its own place
-- (signaalreeks: 1, 2, 3 ... per organisation, no gap), never to the partner's stream of its work
-- (organisatie_id, reeks) nor to the gemeente systems' stream: a type their generated clients do
-- not know would break them (a closed enum in contract 1.x).

alter table gebeurtenis
    add column signaalpartner_id  uuid,
    add column signaalreeks       bigint,
    add constraint gebeurtenis_signaalreeks_van_partner
        check ((signaalpartner_id is null) = (signaalreeks is null)),
    add constraint gebeurtenis_een_stroom check (organisatie_id is null or signaalpartner_id is null);

-- the partner's signal feed continues after the last sequence it saw
create unique index gebeurtenis_signaalreeks on gebeurtenis (signaalpartner_id, signaalreeks)
    where signaalpartner_id is not null;

-- the last sequence of each partner's signal stream, beside that of its work
-- (an organisation's first event in either stream starts both counters)
alter table gebeurtenisreeks
    alter column laatste set default 0,
    add column laatste_signaal bigint not null default 0;
