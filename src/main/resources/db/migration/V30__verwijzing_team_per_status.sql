-- A team's referrals in one status (issue 28, as V29 did for a partner's): the team's list ordered
-- newest first walked verwijzing_gemeente_team (V14) and filtered the status row by row, so a status
-- the team has few or none of read every referral the team ever sent. With the status in the key a
-- page and its count read only that status's rows, in the list's order. The index without status
-- stays for the list without a status filter. A partner's list within one gemeente keeps
-- verwijzing_gemeente_organisatie: with a status it takes V29's index and filters the gemeente, which
-- reads at most as many rows as the partner's share in that gemeente requires (ADR 0025).
create index verwijzing_gemeente_team_status on verwijzing (gemeente, team, status, verzonden_op desc, id desc)
    include (reactie_datum);
