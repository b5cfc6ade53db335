-- A gemeente's own systems subscribe to the events of that gemeente (ADR 0020): questions
-- registered and their status changes, referrals sent and their status changes, pushes received.
-- An event about a question concerns no partner, so it has no organisation and no place in a
-- partner's stream; a subscription belongs either to a partner or to one system of one gemeente.

select set_config('vraagwijzer.systeem', 'aan', true);

alter table gebeurtenis
    alter column organisatie_id drop not null,
    alter column reeks drop not null,
    add constraint gebeurtenis_reeks_van_partner check ((organisatie_id is null) = (reeks is null));

-- a gemeente's subscription reads that gemeente's events in order
create index gebeurtenis_gemeente on gebeurtenis (gemeente, volgnummer);

alter table abonnement
    alter column organisatie_id drop not null,
    -- the gemeente of a gemeente system's subscription, and the client (token subject) that owns it
    add column gemeente  varchar(6) references gemeente (code),
    add column systeem   varchar(255),
    add constraint abonnement_van_partner_of_gemeente
        check ((organisatie_id is not null and gemeente is null and systeem is null)
            or (organisatie_id is null and gemeente is not null and systeem is not null));

-- a system's own subscriptions, as abonnement_organisatie lists a partner's
create index abonnement_gemeente on abonnement (gemeente, systeem, aangemaakt_op, id) where gemeente is not null;

-- A gemeente system's subscription belongs to its gemeente as every other row with a gemeente does
-- (ADR 0013): only a connection acting for that gemeente sees or writes it (the functional admin
-- of another gemeente does not). A partner's has no gemeente and stays visible to whoever the
-- service lets see it; delivery works across gemeenten with the logged bypass.
alter table abonnement enable row level security;
alter table abonnement force row level security;
create policy per_gemeente on abonnement
    using (gemeente is null or vraagwijzer_zichtbaar(gemeente))
    with check (gemeente is null or vraagwijzer_zichtbaar(gemeente));
