alter table verwijzing add column overbrugging varchar(2000);
