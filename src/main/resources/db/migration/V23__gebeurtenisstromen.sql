-- Streams of their own for new kinds of event (ADR 0023): the status of a partner's own signals
-- (stroom 'signalen', owned by the signaalpartner's organisation) and the events of support plans
-- (stroom 'plannen', owned by the gemeente, for its own systems). An event in such a stream has its
-- owner and its own place (stroomreeks: 1, 2, 3 ... per stream and owner, no gap), and is never in
-- a partner's stream of its work (organisatie_id, reeks) nor in the gemeente systems' webhooks: a
-- type their generated clients do not know would break them (a closed enum in contract 1.x).

alter table gebeurtenis
    add column stroom          varchar(20),
    add column stroomeigenaar  varchar(60),
    add column stroomreeks     bigint,
    add constraint gebeurtenis_stroom_compleet
        check ((stroom is null) = (stroomeigenaar is null) and (stroom is null) = (stroomreeks is null)),
    add constraint gebeurtenis_een_stroom check (organisatie_id is null or stroom is null);

-- a stream's reader continues after the last sequence it saw
create unique index gebeurtenis_stroomreeks on gebeurtenis (stroom, stroomeigenaar, stroomreeks)
    where stroom is not null;

-- The last sequence of each stream. Not tenant-owned (a partner's signal stream runs across the
-- gemeenten) and without personal data; written under the events' write lock.
create table gebeurtenisstroom (
    stroom    varchar(20)  not null,
    eigenaar  varchar(60)  not null,
    laatste   bigint       not null,
    primary key (stroom, eigenaar)
);
