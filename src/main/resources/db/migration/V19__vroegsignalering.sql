-- Early signals of arrears (Wgs art. 2.2.1) in the municipalities' own model: the Gemeentelijk
-- Gegevensmodel's Vroegsignalering, as DDAS delivers it to CBS (ADR 0021). A signal (vroegsignaal)
-- from a signaalpartner is matched into a case (vroegsignaalzaak) per resident and matching period;
-- the outreach team records its contact attempts (contactpoging) and closes the case with one of
-- the GGM's end results. Value lists are stored as our kebab-case codes; the GGM names are the
-- contract's mapping. Every table is tenant-owned, sealed by row-level security (ADR 0013).

create table vroegsignaalzaak (
    id                          uuid         primary key,
    gemeente                    varchar(6)   not null references gemeente (code),
    inwoner_id                  uuid         not null references inwoner (id),
    team                        varchar(60)  not null,
    -- the resident's wijk, from the postcode of the first signal (the work list filters on it)
    wijk                        varchar(100),
    -- a crisis signal in the case: the 3-working-day term of debt help
    crisis                      boolean      not null,
    matchingsdatum              date         not null,
    startdatum_matchingperiode  date         not null,
    einddatum_matchingperiode   date         not null,
    termijn_datum               date         not null,
    datum_opgepakt              date,
    eindresultaat               varchar(60),
    afgesloten_op               timestamp(6) with time zone,
    -- the question it joined (an open debt-help question) or became (help accepted)
    hulpvraag_id                uuid         references hulpvraag (id),
    versie                      bigint       not null,
    aangemaakt_op               timestamp(6) with time zone not null
);

-- matching: the resident's open case
create index vroegsignaalzaak_inwoner on vroegsignaalzaak (inwoner_id, einddatum_matchingperiode) where eindresultaat is null;
-- the outreach work list: crisis first, then by term
create index vroegsignaalzaak_werklijst on vroegsignaalzaak (team, crisis desc, termijn_datum, id) where eindresultaat is null;

create table vroegsignaal (
    id                uuid           primary key,
    gemeente          varchar(6)     not null references gemeente (code),
    zaak_id           uuid           not null references vroegsignaalzaak (id),
    organisatie_id    uuid           not null,
    signaalpartner    varchar(30)    not null,
    bedrag            numeric(12, 2) not null,
    ontstaansdatum    date           not null,
    signaaldatum      date           not null,
    crisissignaal     boolean        not null,
    warme_overdracht  boolean        not null,
    -- the same partner signalled the same type before in this case and the arrears did not grow
    herhaald          boolean        not null,
    status            varchar(60)    not null,
    ontvangen_op      timestamp(6) with time zone not null,
    constraint vroegsignaal_bedrag check (bedrag > 0),
    constraint vroegsignaal_datums check (ontstaansdatum <= signaaldatum)
);

create index vroegsignaal_zaak on vroegsignaal (zaak_id, signaaldatum, id);
create index vroegsignaal_organisatie on vroegsignaal (organisatie_id, ontvangen_op);

create table contactpoging (
    id             uuid         primary key,
    gemeente       varchar(6)   not null references gemeente (code),
    zaak_id        uuid         not null references vroegsignaalzaak (id),
    soort          varchar(30)  not null,
    datum          date         not null,
    dagdeel        varchar(10),
    -- null: the outcome is not known yet (a letter sent, a visit announced)
    bereikt        boolean,
    medewerker     varchar(255) not null,
    vastgelegd_op  timestamp(6) with time zone not null
);

create index contactpoging_zaak on contactpoging (zaak_id, datum, vastgelegd_op);

do $$
declare
    tabel text;
begin
    foreach tabel in array array['vroegsignaalzaak', 'vroegsignaal', 'contactpoging'] loop
        -- new rows belong to the gemeente the connection acts for
        execute format('alter table %I alter column gemeente set default current_setting(''vraagwijzer.gemeente'')', tabel);
        execute format('alter table %I enable row level security', tabel);
        execute format('alter table %I force row level security', tabel);
        execute format('create policy per_gemeente on %I using (vraagwijzer_zichtbaar(gemeente))'
                ' with check (vraagwijzer_zichtbaar(gemeente))', tabel);
    end loop;
end;
$$;
