-- A partner's referrals in one status (issue 28): the list ordered newest first walked the partner's
-- index (verwijzing_organisatie, V14) and filtered the status row by row, so a status the partner has
-- few or none of read every referral it ever had (30,000 at the benchmark's full volume: 13 ms of
-- PostgreSQL per cursor page, where a page costs 0.7 ms). With the status in the key the page and
-- its count read only that status's rows, in the list's order. The index without status stays for
-- the list without a status filter; across gemeenten, as a partner reads (the policy's gemeente from
-- the included column).
create index verwijzing_organisatie_status on verwijzing (organisatie_id, status, verzonden_op desc, id desc)
    include (gemeente, reactie_datum);
