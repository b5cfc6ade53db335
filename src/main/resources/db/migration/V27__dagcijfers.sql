-- The steering figures precomputed per day (issue 27, ADR 0024): the counts of every day that has
-- ended, as StuurcijferRepository counts them live, rebuilt whole by a job once a day (Dagcijfers), so
-- that a year is summed from small rows instead of counted from a million questions. The stocks
-- (caseload) only at the end of each month and ISO week. Tenant-owned: sealed by row-level security.

create table dagcijfer (
    gemeente        varchar(6)       not null references gemeente (code),
    dag             date             not null,
    maatstaf        varchar(40)      not null,
    team            varchar(100),
    wijk            varchar(100),
    categorie       varchar(255),
    organisatie_id  uuid,
    dienst_id       uuid,
    duur            integer,
    aantal          bigint           not null,
    som             double precision not null
);

create index dagcijfer_dag on dagcijfer (dag, maatstaf);

alter table dagcijfer enable row level security;
alter table dagcijfer force row level security;
create policy per_gemeente on dagcijfer using (vraagwijzer_zichtbaar(gemeente))
    with check (vraagwijzer_zichtbaar(gemeente));

-- Up to which day (exclusive) the counts are stored, and when they were computed: one row.
create table dagcijferstand (
    id           boolean      primary key default true constraint dagcijferstand_een check (id),
    tot          date         not null,
    berekend_op  timestamp(6) with time zone not null
);
