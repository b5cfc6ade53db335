-- The hot lists answered from their index alone (issue 13, docs/performance.md). Under forced
-- row-level security every row is checked against the policy on `gemeente`; an index without that
-- column sends each candidate row to the heap, so a page's count read every row of the partner's
-- work (30,000 rows, 100 ms at full volume). With the policy's column, the filters' columns and the
-- sort in the index, the count is an index-only scan and the page stops after its 20 rows.

-- A partner's own list across gemeenten: newest first, ties by id in the query's direction (the
-- V5 index had the id ascending, which cost an incremental sort).
drop index verwijzing_organisatie;
create index verwijzing_organisatie on verwijzing (organisatie_id, verzonden_op desc, id desc)
    include (gemeente, status, reactie_datum);

-- The same list within one gemeente, and a team's referrals.
drop index verwijzing_gemeente_organisatie;
create index verwijzing_gemeente_organisatie on verwijzing (gemeente, organisatie_id, verzonden_op desc, id desc)
    include (status, reactie_datum);
drop index verwijzing_gemeente_team;
create index verwijzing_gemeente_team on verwijzing (gemeente, team, verzonden_op desc, id desc)
    include (status, reactie_datum);

-- A team's open questions newest first (the desk's default list): the V13 team index is ordered
-- by deadline, so the newest-first page walked the whole gemeente's open questions and filtered
-- the team out of them.
create index hulpvraag_open_team_aangemaakt on hulpvraag (gemeente, team, aangemaakt_op, id)
    include (termijn_datum, vertrouwelijk) where status <> 'afgesloten';
