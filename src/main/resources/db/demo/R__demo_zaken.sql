-- Demo residents for ./mvnw quarkus:dev only (flyway location db/demo, never in %prod): twelve per
-- gemeente of the demo region, with questions in every status, contacts, two triages with ZRM
-- scores, consents and referrals in several states, so that every operation in Swagger UI returns
-- something real; and early signals in every state of the GGM (issue 25). Fixed ids (…-a000-…
-- residents, …-b000-… questions, …-c000-… triages, …-d000-… consents, …-e000-… referrals, …-f000-…
-- outreach cases, …-f100-…/-f200-… their signals, …-a100-… households, …-a200-… their plans; the last
-- digits are the resident's number). Runs after
-- R__demo_sociale_kaart (alphabetical); repeatable: it replaces its own rows.

delete from planwijziging where plan_id::text like '00000000-0000-4000-a200-%';
delete from ondersteuningsplan where id::text like '00000000-0000-4000-a200-%';
delete from huishoudlid where huishouden_id::text like '00000000-0000-4000-a100-%';
delete from huishouden where id::text like '00000000-0000-4000-a100-%';
delete from contactpoging where zaak_id::text like '00000000-0000-4000-f000-%';
delete from vroegsignaal where zaak_id::text like '00000000-0000-4000-f000-%';
delete from vroegsignaalzaak where id::text like '00000000-0000-4000-f000-%';
delete from zrm_score where triage_id::text like '00000000-0000-4000-c000-%';
delete from triage where id::text like '00000000-0000-4000-c000-%';
delete from verwijzing where id::text like '00000000-0000-4000-e000-%';
delete from toestemming where id::text like '00000000-0000-4000-d000-%';
delete from contactmoment where hulpvraag_id::text like '00000000-0000-4000-b000-%';
delete from statuswijziging where hulpvraag_id::text like '00000000-0000-4000-b000-%';
delete from hulpvraag where id::text like '00000000-0000-4000-b000-%';
delete from inwoner where id::text like '00000000-0000-4000-a000-%';

create temporary table demo_inwoner on commit drop as
with gemeente (nr, code, plaats, postcodes, wijken, teams, partner, dienst) as (values
    (1, 'GM0505', 'Dordrecht', array['3317AB', '3318CD', '3314EF'], array['Wielwijk', 'Crabbehof', 'Nieuw Krispijn'],
        array['dordrecht-west', 'dordrecht-west', 'nieuw-krispijn'],
        '00000000-0000-4000-8000-000000000001'::uuid, '00000000-0000-4000-9000-000000000001'::uuid),
    (2, 'GM0988', 'Weert', array['6001AA', '6002BB', '6003CC'], array['Centrum-Biest', 'Groenewoud', 'Leuken'],
        array['vraagwijzer-weert', 'vraagwijzer-weert', 'vraagwijzer-weert'],
        '00000000-0000-4000-8000-000000000017'::uuid, '00000000-0000-4000-9000-000000000020'::uuid),
    (3, 'GM1640', 'Leudal', array['6081AA', '6093BB', '6085CC'], array['Haelen', 'Heythuysen', 'Horn'],
        array['leudal-west', 'leudal-oost', 'leudal-west'],
        '00000000-0000-4000-8000-000000000017'::uuid, '00000000-0000-4000-9000-000000000020'::uuid),
    (4, 'GM0946', 'Nederweert', array['6031AA', '6035BB', '6031CC'], array['Nederweert-Centrum', 'Ospel', 'Nederweert-Centrum'],
        array['wijkteam-nederweert', 'wijkteam-ospel', 'wijkteam-nederweert'],
        '00000000-0000-4000-8000-000000000010'::uuid, '00000000-0000-4000-9000-000000000012'::uuid)),
nummer as (
    select n, (n - 1) % 4 + 1 as g, ((n - 1) / 4) % 3 + 1 as plek, ((n - 1) / 4) % 4 as stand,
           lpad(((10000000 + n * 7919) % 100000000)::text, 8, '0') as basis
    from generate_series(1, 48) n)
select n, code as gemeente, plaats, postcodes[plek] as postcode, wijken[plek] as wijk, teams[plek] as team,
       partner, dienst,
       (array['nieuw', 'in-behandeling', 'verwezen', 'afgesloten'])[stand + 1] as status,
       ('00000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid as inwoner_id,
       ('00000000-0000-4000-b000-' || lpad(n::text, 12, '0'))::uuid as hulpvraag_id,
       -- a BSN that passes the elfproef (none when the check digit would be 10)
       (select case when s % 11 = 10 then null else basis || (s % 11)::text end
        from (select sum((9 - i) * substr(basis, i + 1, 1)::int) as s from generate_series(0, 7) i) som) as bsn,
       (array['Fatima', 'Jan', 'Anouk', 'Mohammed', 'Els', 'Kees', 'Sanne', 'Ahmet', 'Truus', 'Daan', 'Noor', 'Piet'])[(n - 1) % 12 + 1] as voornaam,
       (array['El Amrani', 'Jansen', 'de Vries', 'Yilmaz', 'Hendriks', 'Peeters', 'Smeets', 'Kaya', 'Janssen', 'Bakker', 'Claessen', 'Verheijen'])[(n * 5) % 12 + 1] as achternaam,
       now() - make_interval(days => 10 + n * 3) as begin
from nummer join gemeente on gemeente.nr = nummer.g;

insert into inwoner (id, versie, gemeente, voornamen, achternaam, geboortedatum, bsn, adres_straat, adres_huisnummer,
                     adres_postcode, adres_plaats, wijk, telefoonnummer, voorkeurstaal, aangemaakt_op, gewijzigd_op)
select inwoner_id, 0, gemeente, voornaam, achternaam, date '1950-01-01' + (n * 397) % 20000, bsn, 'Dorpsstraat', n,
       postcode, plaats, wijk, '06 1234 ' || lpad(n::text, 4, '0'), 'nl', begin, begin
from demo_inwoner;

insert into hulpvraag (id, versie, gemeente, inwoner_id, kanaal, omschrijving, leefgebieden, wettelijk_kader, urgentie,
                       team, medewerker, status, afsluitreden, wijk, registratie_datum, termijn_datum,
                       aangemaakt_op, gewijzigd_op, vertrouwelijk)
select hulpvraag_id, 0, gemeente, inwoner_id,
       (array['balie', 'telefoon', 'email', 'website', 'partner'])[n % 5 + 1],
       (array['Loopt vast met de post en dreigt de huur niet te kunnen betalen.',
              'Mantelzorger voor vader; valt zelf bijna om.',
              'Zoon van 15 gaat niet meer naar school.',
              'Redt het huishouden niet meer na een heupoperatie.'])[n % 4 + 1],
       case n % 4 when 0 then array['financien', 'huisvesting'] when 1 then array['sociaal-netwerk', 'huiselijke-relaties']
                  when 2 then array['huiselijke-relaties', 'geestelijke-gezondheid']
                  else array['instrumentele-adl', 'basale-adl'] end,
       (array['schuldhulp', 'wmo-melding', 'jeugd', 'wmo-melding'])[n % 4 + 1],
       case when n % 7 = 0 then 'hoog' else 'normaal' end,
       team, case when status = 'nieuw' then null else 'demo-professional' end, status,
       case when status = 'afgesloten' then 'opgelost' end, wijk,
       begin::date, begin::date + case when n % 3 = 0 then 14 else 42 end,
       begin, begin, false
from demo_inwoner;

insert into statuswijziging (id, gemeente, hulpvraag_id, van, naar, reden, medewerker, tijdstip)
select gen_random_uuid(), gemeente, hulpvraag_id, null, 'nieuw', 'geregistreerd', 'demo-baliemedewerker', begin
from demo_inwoner
union all
select gen_random_uuid(), gemeente, hulpvraag_id, 'nieuw', status, 'demo', 'demo-professional', begin + interval '2 days'
from demo_inwoner where status <> 'nieuw';

insert into contactmoment (id, gemeente, hulpvraag_id, datum, kanaal, medewerker, verslag, aangemaakt_op)
select gen_random_uuid(), gemeente, hulpvraag_id, (begin + interval '1 day')::date, 'telefoon', 'demo-professional',
       'Keukentafelgesprek gepland; inwoner neemt een naaste mee.', begin + interval '1 day'
from demo_inwoner where status <> 'nieuw';

-- Two triages per question in progress, a month apart, so that the report shows a change.
insert into triage (id, gemeente, hulpvraag_id, inwoner_id, team, beoordelaar, datum, uitkomst, toelichting,
                    veiligheid, dreigingen, urgent, onderliggende_vragen, advies, aangemaakt_op)
select ('00000000-0000-4000-c' || t || '00-' || lpad(n::text, 12, '0'))::uuid, gemeente, hulpvraag_id, inwoner_id, team,
       'demo-professional', (begin + make_interval(days => 2 + (t - 1) * 30))::date,
       case when status = 'verwezen' then 'verwijzen' else 'zelf-oplossen' end,
       'De vraag achter de vraag: grip op geld en de dag.', array[]::text[], array[]::text[], false,
       '[]'::jsonb, '[]'::jsonb, begin + make_interval(days => 2 + (t - 1) * 30)
from demo_inwoner, generate_series(1, 2) t
where status <> 'nieuw';

insert into zrm_score (triage_id, gemeente, leefgebied, score, eigen_kracht, netwerk, professionele_hulp)
select ('00000000-0000-4000-c' || t || '00-' || lpad(n::text, 12, '0'))::uuid, gemeente, leefgebied,
       least(5, 1 + (n % 3) + (t - 1)), 40, 30, 30
from demo_inwoner, generate_series(1, 2) t, unnest(array['financien', 'sociaal-netwerk']) leefgebied
where status <> 'nieuw';

-- Consent for the referral, given in the resident's own gemeente.
insert into toestemming (id, gemeente, inwoner_id, organisatie_id, doel, datum, vorm, geldig_tot, vastgelegd_door, aangemaakt_op)
select ('00000000-0000-4000-d000-' || lpad(n::text, 12, '0'))::uuid, gemeente, inwoner_id, partner,
       'Verwijzing voor ondersteuning', begin::date, 'mondeling', (begin + interval '1 year')::date,
       'demo-professional', begin
from demo_inwoner where status in ('verwezen', 'afgesloten');

insert into verwijzing (id, versie, gemeente, hulpvraag_id, inwoner_id, team, onderliggende_vraag, dienst_id,
                        organisatie_id, reden, urgentie, gedeeld, toestemming_id, status, status_reden,
                        verwachte_start, resultaat, verzonden_op, reactie_datum, gewijzigd_op)
select ('00000000-0000-4000-e000-' || lpad(n::text, 12, '0'))::uuid, 0, gemeente, hulpvraag_id, inwoner_id, team,
       'Grip op geld en de dag', dienst, partner, 'Specialistische hulp nodig naast wat het team doet.', 'normaal',
       jsonb_build_object('samenvatting', 'Inwoner loopt vast; netwerk klein.', 'leefgebieden',
                          jsonb_build_array('financien', 'sociaal-netwerk'), 'scores', jsonb_build_array()),
       ('00000000-0000-4000-d000-' || lpad(n::text, 12, '0'))::uuid,
       s.status, case when s.status = 'afgewezen' then 'Past niet bij ons aanbod.' end,
       case when s.status = 'wachtlijst' then (now() + interval '6 weeks')::date end,
       case when s.status = 'afgerond' then 'Traject afgerond; inwoner redt het weer.' end,
       begin + interval '3 days', (begin + interval '10 days')::date, begin + interval '5 days'
from demo_inwoner
cross join lateral (select case when demo_inwoner.status = 'afgesloten' then 'afgerond'
    else (array['verzonden', 'geaccepteerd', 'wachtlijst', 'in-behandeling', 'afgewezen', 'ontvangen'])[(n / 4) % 6 + 1] end
    as status) s
where demo_inwoner.status in ('verwezen', 'afgesloten');

-- Early signals (issue 25): for residents 1-32, eight per gemeente, one outreach case each, in every
-- state of the GGM's Vroegsignalering: 0 not yet taken up (a crisis in Dordrecht), 1 taken up with the
-- last attempt's outcome open, 2 three attempts without contact (closing proposed), 3 help accepted
-- (joined the resident's question), 4 not a valid signal, 5 deceased or no longer a resident, 6 a
-- repeated report (a second signal, arrears not grown), 7 not taken up for another reason.
create temporary table demo_vroegsignaal on commit drop as
select n, gemeente, inwoner_id, hulpvraag_id, wijk, partner, begin,
       ((n - 1) / 4) % 8 as stand,
       ('00000000-0000-4000-f000-' || lpad(n::text, 12, '0'))::uuid as zaak_id,
       (array['huur', 'energie', 'water', 'zorg', 'cak-eigen-bijdrage', 'belastingdienst', 'huur', 'dienst-toeslagen'])[((n - 1) / 4) % 8 + 1] as soort
from demo_inwoner where n <= 32;

insert into vroegsignaalzaak (id, gemeente, inwoner_id, team, wijk, crisis, matchingsdatum, startdatum_matchingperiode,
                              einddatum_matchingperiode, termijn_datum, datum_opgepakt, eindresultaat, afgesloten_op,
                              hulpvraag_id, versie, aangemaakt_op)
select zaak_id, gemeente, inwoner_id,
       case gemeente when 'GM0505' then 'voordeur' when 'GM0988' then 'vraagwijzer-weert'
                     when 'GM1640' then 'leudal-west' else 'wijkteam-nederweert' end,
       wijk, n = 1, begin::date, begin::date - 1, begin::date + 89,
       begin::date + case when n = 1 then 3 else 14 end,
       case when stand between 1 and 3 then begin::date + 1 end,
       (array[null, null, null, 'vervolghulp-financieel', 'niet-opgepakt-onterecht-signaal',
              case when n % 2 = 1 then 'persoon-is-geen-inwoner-meer' else 'inwoner-is-overleden' end,
              'niet-opgepakt-herhaalde-melding', 'niet-opgepakt-andere-reden'])[stand + 1],
       case when stand >= 3 then begin + interval '7 days' end,
       case when stand = 3 then hulpvraag_id end, 0, begin
from demo_vroegsignaal;

insert into vroegsignaal (id, gemeente, zaak_id, organisatie_id, signaalpartner, bedrag, ontstaansdatum, signaaldatum,
                          crisissignaal, warme_overdracht, herhaald, status, ontvangen_op)
select ('00000000-0000-4000-f100-' || lpad(n::text, 12, '0'))::uuid, gemeente, zaak_id, partner, soort,
       250 + n * 37.5, begin::date - 60, begin::date - 1, n = 1, n % 3 = 0, false,
       (array['nog-niet-opgepakt', 'opgepakt', 'opgepakt', 'opgepakt', 'niet-opgepakt-onterecht-signaal',
              case when n % 2 = 1 then 'persoon-is-geen-inwoner-meer' else 'inwoner-is-overleden' end,
              'niet-opgepakt-herhaalde-melding', 'niet-opgepakt-andere-reden'])[stand + 1],
       begin
from demo_vroegsignaal
union all
-- the repeat: the same partner, the same kind of arrears, not grown
select ('00000000-0000-4000-f200-' || lpad(n::text, 12, '0'))::uuid, gemeente, zaak_id, partner, soort,
       250 + n * 37.5, begin::date - 60, begin::date, false, false, true, 'niet-opgepakt-herhaalde-melding',
       begin + interval '1 day'
from demo_vroegsignaal where stand = 6;

insert into contactpoging (id, gemeente, zaak_id, soort, datum, dagdeel, bereikt, medewerker, vastgelegd_op)
select gen_random_uuid(), gemeente, zaak_id, poging.soort, begin::date + poging.dag, poging.dagdeel, poging.bereikt,
       'demo-professional', begin + make_interval(days => poging.dag)
from demo_vroegsignaal
cross join lateral (values
    (1, 'brief', null::varchar, false, 1), (1, 'telefoon', 'avond', null::boolean, 3),
    (2, 'brief', null, false, 1), (2, 'telefoon', 'ochtend', false, 2), (2, 'huisbezoek', 'avond', false, 4),
    (3, 'telefoon', 'middag', true, 1)) as poging (stand, soort, dagdeel, bereikt, dag)
where poging.stand = demo_vroegsignaal.stand;

-- Households (issue 26): in each gemeente, resident n (1-4) lives with n + 4 as partner and n + 8 as
-- a child; n + 12, a grown child, moved out a month ago and stays in the history.
insert into huishouden (id, gemeente, versie, aangemaakt_door, aangemaakt_op, gewijzigd_op)
select ('00000000-0000-4000-a100-' || lpad(n::text, 12, '0'))::uuid, gemeente, 1, 'demo-baliemedewerker', begin,
       now() - interval '30 days'
from demo_inwoner where n <= 4;

insert into huishoudlid (id, gemeente, huishouden_id, inwoner_id, relatie, vanaf, tot, vertrekreden, vastgelegd_door,
                         vastgelegd_op)
select gen_random_uuid(), lid.gemeente, ('00000000-0000-4000-a100-' || lpad(hoofd.n::text, 12, '0'))::uuid,
       lid.inwoner_id, rol.relatie, (hoofd.begin - interval '400 days')::date,
       case when rol.plus = 12 then (now() - interval '30 days')::date end,
       case when rol.plus = 12 then 'zelfstandig' end,
       'demo-baliemedewerker', hoofd.begin
from demo_inwoner hoofd
cross join (values (0, 'hoofdbewoner'), (4, 'partner'), (8, 'kind'), (12, 'kind')) as rol (plus, relatie)
join demo_inwoner lid on lid.n = hoofd.n + rol.plus
where hoofd.n <= 4;

-- Their support plans (issue 26), by the team of the main resident's question, agreed by the resident:
-- a goal on finances for the main resident and one on the social network for the child, an action of
-- the resident, of their network and of the team, and an evaluation in two months.
insert into ondersteuningsplan (id, gemeente, huishouden_id, inwoner_id, team, regisseur_medewerker, regisseur_naam,
                                inhoud, akkoord_door, akkoord_datum, akkoord_vorm, gewijzigd_na_akkoord, versie,
                                aangemaakt_op, gewijzigd_op)
select ('00000000-0000-4000-a200-' || lpad(hoofd.n::text, 12, '0'))::uuid, hoofd.gemeente,
       ('00000000-0000-4000-a100-' || lpad(hoofd.n::text, 12, '0'))::uuid, null, hoofd.team,
       'demo-professional', 'Demo Professional',
       jsonb_build_object(
           'doelen', jsonb_build_array(
               jsonb_build_object('id', '00000000-0000-4000-a210-' || lpad(hoofd.n::text, 12, '0'),
                                  'inwonerId', hoofd.inwoner_id, 'leefgebied', 'financien',
                                  'omschrijving', 'Ik wil weer overzicht over mijn post en rekeningen.',
                                  'zrmStart', 2, 'zrmDoel', 4, 'streefdatum', (now() + interval '6 months')::date,
                                  'voortgang', 'in-progress'),
               jsonb_build_object('id', '00000000-0000-4000-a220-' || lpad(hoofd.n::text, 12, '0'),
                                  'inwonerId', kind.inwoner_id, 'leefgebied', 'sociaal-netwerk',
                                  'omschrijving', 'Weer naar de sportclub.', 'zrmStart', 3, 'zrmDoel', 4,
                                  'voortgang', 'improving')),
           'acties', jsonb_build_array(
               jsonb_build_object('id', gen_random_uuid(), 'doelId', '00000000-0000-4000-a210-' || lpad(hoofd.n::text, 12, '0'),
                                  'omschrijving', 'Elke maandag de post openen', 'eigenaar', 'inwoner', 'status', 'bezig'),
               jsonb_build_object('id', gen_random_uuid(), 'doelId', '00000000-0000-4000-a210-' || lpad(hoofd.n::text, 12, '0'),
                                  'omschrijving', 'Helpt met de administratie', 'eigenaar', 'netwerk',
                                  'eigenaarNaam', 'zus', 'status', 'gepland'),
               jsonb_build_object('id', gen_random_uuid(), 'doelId', '00000000-0000-4000-a220-' || lpad(hoofd.n::text, 12, '0'),
                                  'omschrijving', 'Contributie via het jeugdfonds regelen', 'eigenaar', 'team',
                                  'status', 'gedaan')),
           'evaluatiedata', jsonb_build_array((now() + interval '2 months')::date)),
       hoofd.voornaam || ' ' || hoofd.achternaam, (now() - interval '7 days')::date, 'mondeling', false, 1,
       now() - interval '10 days', now() - interval '7 days'
from demo_inwoner hoofd join demo_inwoner kind on kind.n = hoofd.n + 8
where hoofd.n <= 4;

insert into planwijziging (id, gemeente, plan_id, versie, medewerker, tijdstip, wat, na_akkoord)
select gen_random_uuid(), gemeente, id, stap.versie, 'demo-professional', aangemaakt_op + make_interval(days => stap.versie * 3),
       stap.wat, false
from ondersteuningsplan cross join (values (0, 'opgesteld, regisseur demo-professional'), (1, 'akkoord (mondeling)')) as stap (versie, wat)
where id::text like '00000000-0000-4000-a200-%';

