-- The shared directory states where it serves (ADR 0013), and the hot lists lead their indexes
-- with the gemeente, as every query of staff filters on it (and as a distributed table would be
-- sharded on it).

-- An organisation serves gemeenten; a service some of them, whole or in named wijken.
alter table organisatie add column gemeenten text[] not null default array['${standaard_gemeente}'];
alter table organisatie add constraint organisatie_heeft_gemeente check (cardinality(gemeenten) > 0);
create index organisatie_gemeenten on organisatie using gin (gemeenten);

alter table dienst add column gemeenten text[] not null default array['${standaard_gemeente}'];
alter table dienst add constraint dienst_heeft_gemeente check (cardinality(gemeenten) > 0);
-- For matching: 'GM0988' for a whole gemeente, 'GM0988/Centrum-Biest' for one wijk of it.
alter table dienst add column werkgebied text[];
update dienst set werkgebied = case
    when cardinality(wijken) = 0 then array['${standaard_gemeente}']
    else array(select '${standaard_gemeente}/' || w from unnest(wijken) w) end;
alter table dienst alter column werkgebied set not null;
alter table dienst alter column werkgebied set default array['${standaard_gemeente}'];
create index dienst_gemeenten on dienst using gin (gemeenten);
create index dienst_werkgebied on dienst using gin (werkgebied);

-- The open-case list: one gemeente's open questions, per team, wijk or professional, by deadline.
drop index hulpvraag_open_aangemaakt;
drop index hulpvraag_open_termijn;
drop index hulpvraag_open_team;
drop index hulpvraag_open_medewerker;
drop index hulpvraag_open_wijk;
create index hulpvraag_open_aangemaakt on hulpvraag (gemeente, aangemaakt_op, id) where status <> 'afgesloten';
create index hulpvraag_open_termijn on hulpvraag (gemeente, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_team on hulpvraag (gemeente, team, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_medewerker on hulpvraag (gemeente, medewerker, termijn_datum, id) where status <> 'afgesloten';
create index hulpvraag_open_wijk on hulpvraag (gemeente, wijk, termijn_datum, id) where status <> 'afgesloten';
drop index hulpvraag_aangemaakt;
create index hulpvraag_aangemaakt on hulpvraag (gemeente, aangemaakt_op, id);

-- Referrals: a team's in its gemeente; a partner's per gemeente, and across gemeenten (its own list).
drop index verwijzing_team;
create index verwijzing_gemeente_team on verwijzing (gemeente, team, verzonden_op desc, id desc);
create index verwijzing_gemeente_organisatie on verwijzing (gemeente, organisatie_id, verzonden_op desc, id desc);
