-- Webhook delivery without a transaction across HTTP calls: a replica claims a subscription for
-- a while (bezig_tot), delivers outside any transaction and records each attempt in a short one.
-- Another replica skips a claimed subscription until the claim runs out.
alter table abonnement add column bezig_tot timestamp(6) with time zone;

-- Idempotency keys are claimed by inserting the row first (status and answer still empty), so that
-- the unique key itself, not a 32-bit hash of it, decides who does the work.
alter table idempotent_verzoek alter column status drop not null;
alter table idempotent_verzoek alter column antwoord drop not null;

-- Scheduled jobs run once per schedule across replicas: the replica that inserts the row for a
-- job's scheduled moment runs it; the others see the row and skip (Taakplanning).
create table taakuitvoering (
    taak          varchar(100) not null,
    gepland_op    timestamp(6) with time zone not null,
    replica       varchar(200) not null,
    begonnen_op   timestamp(6) with time zone not null,
    primary key (taak, gepland_op)
);
