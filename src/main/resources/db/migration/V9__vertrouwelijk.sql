alter table hulpvraag add column vertrouwelijk boolean not null default false;
