-- The plans of docs/performance.md, on the loaded benchmark database, as the service's role with
-- the settings a request of a Weert team lead (or the partner) sets. Read-only.
--   psql -h 127.0.0.1 -U vraagwijzer_app -d vraagwijzer_bench_volledig -f bench/explain.sql
\pset pager off
select set_config('vraagwijzer.gemeente', 'GM0988', false), set_config('vraagwijzer.gemeenten', 'GM0988', false);

\echo '== access log, the privacy officer''s search by resident, default window (12 months before now)'
explain (analyze, buffers, costs off, timing off, summary off)
select l.id, l.tijdstip from logboek l
where l.inwoner_ids @> array['10000000-0003-4000-8000-000000000021'::uuid] and l.tijdstip >= now() - interval '12 months'
order by l.tijdstip, l.id offset 0 rows fetch first 20 rows only;

\echo '== the same with the bound as the service binds it: a parameter, in a generic plan (run-time pruning)'
set plan_cache_mode = force_generic_plan;
prepare zoek(uuid[], timestamptz) as
select l.id, l.tijdstip from logboek l where l.inwoner_ids @> $1 and l.tijdstip >= $2
order by l.tijdstip, l.id offset 0 rows fetch first 20 rows only;
explain (analyze, costs off, timing off, summary off)
execute zoek(array['10000000-0003-4000-8000-000000000021'::uuid], now() - interval '12 months');
reset plan_cache_mode;

\echo '== access log, a window of one month (vanaf and tot)'
explain (analyze, buffers, costs off, timing off, summary off)
select count(*) from logboek l where l.tijdstip >= date '2026-10-01' and l.tijdstip < date '2026-11-01';

\echo '== access log, the insert of every request goes to one partition'
explain (costs off)
insert into logboek (actie, inwoner_ids, medewerker, naam, rollen, resultaat, tijdstip, id)
values ('hulpvragen-zoeken', '{}', 'm', 'M', '{teamleider}', 'toegestaan', now(), gen_random_uuid());

\echo '== a team''s open questions, first page and its count'
explain (analyze, buffers, costs off, timing off, summary off)
select h.id from hulpvraag h where h.gemeente = 'GM0988' and h.status <> 'afgesloten' and h.team = 'team-1'
order by h.aangemaakt_op desc, h.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off, timing off, summary off)
select count(*) from hulpvraag h where h.gemeente = 'GM0988' and h.status <> 'afgesloten' and h.team = 'team-1';

\echo '== the partner''s referrals across gemeenten: first page, its count, a cursor page'
select set_config('vraagwijzer.gemeente', '', false), set_config('vraagwijzer.gemeenten', 'GM0505,GM0946,GM0988,GM1640', false);
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000'
order by v.verzonden_op desc, v.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off, timing off, summary off)
select count(*) from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000';
\echo '== the same count as a numbered page counts since ADR 0025: to the bound of 1,000 (plus one)'
explain (analyze, buffers, costs off, timing off, summary off)
select count(*) from (select 1 from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000'
  and v.status = 'verzonden' order by v.verzonden_op desc, v.id desc fetch first 1001 rows only) t;
\echo '== the partner''s open work (status verzonden), first cursor page and one some 13,000 rows deep'
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000' and v.status = 'verzonden'
order by v.verzonden_op desc, v.id desc fetch first 21 rows only;
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000' and v.status = 'verzonden'
  and (v.verzonden_op, v.id) < (now() - interval '365 days', '10000000-0007-4000-8000-000000000000'::uuid)
order by v.verzonden_op desc, v.id desc fetch first 21 rows only;
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000'
  and (v.verzonden_op, v.id) < (now() - interval '300 days', '10000000-0007-4000-8000-000000000000'::uuid)
order by v.verzonden_op desc, v.id desc offset 0 rows fetch first 20 rows only;

\echo '== a status the partner has none of (afgerond): V29 verwijzing_organisatie_status reads none of its 30,000 referrals'
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.organisatie_id = '10000000-0001-4000-8000-000000000000' and v.status = 'afgerond'
order by v.verzonden_op desc, v.id desc fetch first 21 rows only;

\echo '== a status a team has few of (afgewezen) in its referral list: V30 verwijzing_gemeente_team_status'
select set_config('vraagwijzer.gemeente', 'GM0988', false), set_config('vraagwijzer.gemeenten', 'GM0988', false);
explain (analyze, buffers, costs off, timing off, summary off)
select v.id from verwijzing v where v.gemeente = 'GM0988' and v.team = 'team-1' and v.status = 'afgewezen'
order by v.verzonden_op desc, v.id desc fetch first 21 rows only;
select set_config('vraagwijzer.gemeente', '', false), set_config('vraagwijzer.gemeenten', 'GM0505,GM0946,GM0988,GM1640', false);

\echo '== the social map: Dutch full text over 15,000 services (V15, issue 14), ranked, first page'
explain (analyze, buffers, costs off, timing off, summary off)
select d.id, d.naam from dienst d
where d.gemeenten @> array['GM0988'] and dienst_zoektekst(d.naam, d.trefwoorden, d.doelgroepen, d.omschrijving) @@ vraagwijzer_zoekvraag('financiële')
order by ts_rank(dienst_zoektekst(d.naam, d.trefwoorden, d.doelgroepen, d.omschrijving), vraagwijzer_zoekvraag('financiële')) desc, d.naam, d.id
offset 0 rows fetch first 20 rows only;

\echo '== the social map: a name with a typo, when the text finds nothing (trigrams of lower(naam))'
explain (analyze, buffers, costs off, timing off, summary off)
select d.id, d.naam from dienst d where 'dienst 1234' <% lower(d.naam)
order by word_similarity('dienst 1234', lower(d.naam)) desc, d.naam, d.id offset 0 rows fetch first 20 rows only;

\echo '== the household view: the members of a household (index huishoudlid_huishouden), then their open questions'
explain (analyze, buffers, costs off, timing off, summary off)
select l.inwoner_id from huishoudlid l
where l.huishouden_id = '10000000-000c-4000-8000-000000000001' and l.tot is null order by l.vanaf, l.id;
explain (analyze, buffers, costs off, timing off, summary off)
select h.id, h.team from hulpvraag h
where h.inwoner_id in (select l.inwoner_id from huishoudlid l where l.huishouden_id = '10000000-000c-4000-8000-000000000001')
  and h.status <> 'afgesloten' order by h.aangemaakt_op, h.id;

\echo '== a partner''s plan actions: containment on the actions (index ondersteuningsplan_partneracties)'
explain (analyze, buffers, costs off, timing off, summary off)
select p.id from ondersteuningsplan p where p.inhoud -> 'acties' @> '[{"organisatieId": "10000000-0001-4000-8000-000000000000"}]';
