-- The steering figures' stored counts per month and per ISO week instead of per day (issue 27,
-- ADR 0024): a year of a region is then read from twelve months of rows rather than summed from 365
-- days of them. `vak` says what a row counts: 'maand' (the days of the month starting on `dag` that had
-- ended when they were stored), 'week' (likewise the ISO week starting on `dag`, stored in up to two
-- parts, one per month it touches) or 'stand' (a stock at the end of the day `dag`). The counts are
-- rebuilt whole by the next run of Dagcijfers, so what V27 stored is dropped.

-- truncate, which row-level security does not narrow (a delete would see one gemeente's rows)
truncate dagcijfer, dagcijferstand;

alter table dagcijfer add column vak varchar(5) not null
    constraint dagcijfer_vak check (vak in ('maand', 'week', 'stand'));

drop index dagcijfer_dag;
create index dagcijfer_vak_dag on dagcijfer (vak, dag, maatstaf);

-- A rebuild replaces every row, more than autovacuum waits for before it analyzes: the job asks for the
-- statistics itself, so that the first report after it is planned on the new rows. Only the owner may
-- analyze a table; the service's role may call this.
create function dagcijfer_analyseren() returns void
language plpgsql security definer set search_path from current as $$
begin
    analyze dagcijfer;
end;
$$;

-- The caseload today starts from the questions open now per team, wijk and professional: read from
-- the open questions' team index alone (an index-only scan) once it carries the
-- wijk and the professional, instead of a scan of every question. Replaces the index of V13.
drop index hulpvraag_open_team;
create index hulpvraag_open_team on hulpvraag (gemeente, team, termijn_datum, id) include (wijk, medewerker)
    where status <> 'afgesloten';
