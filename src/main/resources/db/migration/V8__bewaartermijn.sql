-- Retention: a resident whose questions are all closed for longer than the retention period is
-- anonymised; geanonimiseerd_op marks it done. Non-personal figures (dates, statuses, leefgebieden,
-- scores, wijk) stay for the reports.
alter table inwoner add column geanonimiseerd_op timestamp(6) with time zone;

create index hulpvraag_inwoner_status on hulpvraag (inwoner_id, status);
