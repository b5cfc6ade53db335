-- The evaluation dates of support plans that have been announced as due (issue 26): the daily
-- round announces each plan's latest date that has come and was not announced yet, once, also
-- after a day the service was down. Kept beside the plan, outside its version: announcing does not
-- change the plan, so a team's or partner's If-Match stays valid.
alter table ondersteuningsplan add column evaluatie_gemeld_tot date;
