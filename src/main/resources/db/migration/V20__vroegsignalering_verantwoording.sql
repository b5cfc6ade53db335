-- The municipality's accounts of its early signals (issue 25): the monitor counts per month, and the
-- DDAS delivery selects a period, by the signal's date, the case's matching date and its closing.
create index vroegsignaal_signaaldatum on vroegsignaal (signaaldatum);
create index vroegsignaalzaak_matchingsdatum on vroegsignaalzaak (matchingsdatum);
create index vroegsignaalzaak_afgesloten on vroegsignaalzaak (afgesloten_op) where afgesloten_op is not null;
create index contactpoging_datum on contactpoging (datum);
