-- A partner reads and updates the actions of support plans assigned to it through a referral
-- (issue 26): the plans holding an action of one organisation, or one action by its id, are found
-- by containment on the plan's actions.
create index ondersteuningsplan_partneracties on ondersteuningsplan using gin ((inhoud -> 'acties') jsonb_path_ops);
