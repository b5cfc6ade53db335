-- EXPLAIN of the open-case list and the partner's list at region scale (ADR 0013). Runs against
-- the dev-mode schema (./mvnw quarkus:dev migrated it) in one transaction that is rolled back:
--   psql -h 127.0.0.1 -U postgres -d postgres -f docs/adr/explain/0013-explain.sql
-- 400,000 questions over four gemeenten (15% open), 100,000 referrals to 50 partners.
begin;
set search_path = vraagwijzer;
set vraagwijzer.systeem = 'aan';
insert into inwoner (id, versie, gemeente, voornamen, achternaam, aangemaakt_op, gewijzigd_op)
select ('10000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid, 0,
       (array['GM0505', 'GM0988', 'GM1640', 'GM0946'])[n % 4 + 1], 'Demo', 'Inwoner ' || n, now(), now()
from generate_series(1, 100000) n;
insert into hulpvraag (id, versie, gemeente, inwoner_id, kanaal, omschrijving, leefgebieden, wettelijk_kader, urgentie,
                       team, status, afsluitreden, registratie_datum, termijn_datum, aangemaakt_op, gewijzigd_op)
select ('10000000-0000-4000-b000-' || lpad(n::text, 12, '0'))::uuid, 0, (array['GM0505', 'GM0988', 'GM1640', 'GM0946'])[n % 4 + 1],
       ('10000000-0000-4000-a000-' || lpad((n % 100000 + 1)::text, 12, '0'))::uuid, 'balie', 'Vraag', array['financien'],
       'overig', 'normaal', 'team-' || (n % 8), case when n % 20 < 3 then 'nieuw' else 'afgesloten' end,
       case when n % 20 < 3 then null else 'opgelost' end, current_date - (n % 700), current_date - (n % 700) + 56,
       now() - make_interval(days => n % 700), now()
from generate_series(1, 400000) n;
insert into verwijzing (id, versie, gemeente, hulpvraag_id, inwoner_id, team, dienst_id, organisatie_id, reden, urgentie,
                        gedeeld, wettelijke_grondslag, rechtvaardiging, status, verzonden_op, reactie_datum, gewijzigd_op)
select ('10000000-0000-4000-e000-' || lpad(n::text, 12, '0'))::uuid, 0, h.gemeente, h.id, h.inwoner_id, h.team,
       '00000000-0000-4000-9000-000000000020'::uuid, ('00000000-0000-4000-8000-0000000000' || lpad((10 + n % 12)::text, 2, '0'))::uuid,
       'Reden', 'normaal', '{}'::jsonb, 'wmo', 'Demo', 'verzonden', now() - make_interval(mins => n), current_date, now()
from generate_series(1, 100000) n
join hulpvraag h on h.id = ('10000000-0000-4000-b000-' || lpad((n * 4 - n % 4)::text, 12, '0'))::uuid;
-- the referral indexes as V13 defines them (id descending, as the list sorts)
drop index if exists verwijzing_gemeente_organisatie;
create index verwijzing_gemeente_organisatie on verwijzing (gemeente, organisatie_id, verzonden_op desc, id desc);
analyze inwoner;
analyze hulpvraag;
analyze verwijzing;
reset vraagwijzer.systeem;

-- As the service: its own role, acting for Weert (Gemeentegrens sets this per connection).
set role vraagwijzer_app;
select set_config('vraagwijzer.gemeente', 'GM0988', false), set_config('vraagwijzer.gemeenten', 'GM0988', false);

\echo '== open-case list of a team, first page (HulpvraagRepository.zoek)'
explain (analyze, costs off, timing off, summary off)
select h.id from hulpvraag h
where h.gemeente = 'GM0988' and h.status <> 'afgesloten' and h.team = 'team-1'
  and (h.vertrouwelijk = false or h.team = 'team-1')
order by h.termijn_datum, h.id limit 21;

\echo '== a partner serving every gemeente: its list across gemeenten (VerwijzingRepository.zoek)'
select set_config('vraagwijzer.gemeente', '', false),
       set_config('vraagwijzer.gemeenten', 'GM0505,GM0946,GM0988,GM1640', false);
explain (analyze, costs off, timing off, summary off)
select v.id from verwijzing v
where v.organisatie_id = '00000000-0000-4000-8000-000000000017'
order by v.verzonden_op desc, v.id desc limit 21;

\echo '== the same partner, one gemeente (filter gemeente)'
explain (analyze, costs off, timing off, summary off)
select v.id from verwijzing v
where v.gemeente = 'GM0988' and v.organisatie_id = '00000000-0000-4000-8000-000000000017'
order by v.verzonden_op desc, v.id desc limit 21;
reset role;
rollback;
