-- The figures municipalities steer by (issue 27). A closing now records its afsluitreden on the
-- status change itself, so a question that was reopened and closed again keeps the reason of each
-- closing (the question's own column holds only the last one). Closings before this migration get the
-- question's reason where it is still closed; earlier closings of a reopened question stay without
-- (counted as `onbekend`).

alter table statuswijziging add column afsluitreden varchar(30);

update statuswijziging s set afsluitreden = h.afsluitreden
from hulpvraag h
where h.id = s.hulpvraag_id and h.status = 'afgesloten' and s.naar = 'afgesloten'
  and s.tijdstip = (select max(t.tijdstip) from statuswijziging t
                    where t.hulpvraag_id = s.hulpvraag_id and t.naar = 'afgesloten');

-- closings and reopenings in a period (afgesloten, dagen-tot-afsluiting, heropend-binnen-zes-maanden)
create index statuswijziging_afsluiting on statuswijziging (tijdstip) where naar = 'afgesloten';
create index statuswijziging_heropening on statuswijziging (tijdstip) where van = 'afgesloten';
-- referrals sent in a period, and those whose partner's reaction term ends in it
create index verwijzing_verzonden on verwijzing (verzonden_op);
create index verwijzing_reactie on verwijzing (reactie_datum);
-- signals received in a period; triages by date
create index vroegsignaal_ontvangen on vroegsignaal (ontvangen_op);
create index triage_datum on triage (datum);
-- questions by their legal term
create index hulpvraag_termijn on hulpvraag (termijn_datum);
-- first contacts by date (the anti-join probes contactmoment_hulpvraag)
create index contactmoment_datum on contactmoment (datum);
-- a partner's first reaction to a referral; goals reached in a period
create index gebeurtenis_verwijzing on gebeurtenis (verwijzing_id, tijdstip) where verwijzing_id is not null;
create index gebeurtenis_doel_bereikt on gebeurtenis (tijdstip)
    where type = 'nl.vraagwijzer.ondersteuningsplan.doel-bereikt';
