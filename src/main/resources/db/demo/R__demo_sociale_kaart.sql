-- Demo data for ./mvnw quarkus:dev only (flyway location db/demo, never in %prod).
-- The partner organisations named in the source articles, with fixed ids so that the demo
-- partner clients in docker/keycloak/realm-vraagwijzer.json can carry a real organisatie_id.
-- Repeatable: re-applied when this file changes, and safe to re-apply.

insert into organisatie (id, versie, naam, omschrijving, aangemaakt_op, gewijzigd_op) values
    ('00000000-0000-4000-8000-000000000001', 0, 'MEE Drechtsteden', 'Cliëntondersteuning voor mensen met een beperking en hun naasten.', now(), now()),
    ('00000000-0000-4000-8000-000000000002', 0, 'Vivenz', 'Hulp bij huiselijk geweld, opvang en advies.', now(), now()),
    ('00000000-0000-4000-8000-000000000003', 0, 'Zichtbare Schakel', 'Wijkverpleegkundigen die zorg en welzijn in de wijk verbinden.', now(), now()),
    ('00000000-0000-4000-8000-000000000004', 0, 'Sociale Dienst Drechtsteden', 'Werk, inkomen, schuldhulpverlening en minimaregelingen.', now(), now()),
    ('00000000-0000-4000-8000-000000000005', 0, 'Woonbron', 'Woningcorporatie; signaleert huurachterstand vroeg.', now(), now()),
    ('00000000-0000-4000-8000-000000000006', 0, 'Meditta Zorg', 'Thuiszorg en ondersteuning thuis.', now(), now()),
    ('00000000-0000-4000-8000-000000000007', 0, 'Zorggroep Noord- en Midden-Limburg', 'Wonen, zorg en welzijn voor ouderen.', now(), now()),
    ('00000000-0000-4000-8000-000000000008', 0, 'Proteion', 'Thuiszorg, wijkverpleging en revalidatie.', now(), now()),
    ('00000000-0000-4000-8000-000000000009', 0, 'Land van Horne', 'Zorg en welzijn voor ouderen in de regio Weert.', now(), now()),
    ('00000000-0000-4000-8000-000000000010', 0, 'MET GGZ', 'Geestelijke gezondheidszorg in Midden-Limburg.', now(), now()),
    ('00000000-0000-4000-8000-000000000011', 0, 'Vincent van Gogh', 'Specialistische GGZ en verslavingszorg.', now(), now()),
    ('00000000-0000-4000-8000-000000000012', 0, 'Sint Jans Gasthuis', 'Ziekenhuis in Weert.', now(), now()),
    ('00000000-0000-4000-8000-000000000013', 0, 'Punt Welzijn', 'Welzijnswerk: ouderenadvies, mantelzorg en vrijwilligers.', now(), now()),
    ('00000000-0000-4000-8000-000000000014', 0, 'Synthese', 'Welzijnswerk en jongerenwerk.', now(), now()),
    ('00000000-0000-4000-8000-000000000015', 0, 'Vorkmeer', 'Ondersteuning van mensen met een verstandelijke beperking.', now(), now()),
    ('00000000-0000-4000-8000-000000000016', 0, 'MEE Noord- en Midden-Limburg', 'Cliëntondersteuning voor mensen met een beperking.', now(), now()),
    ('00000000-0000-4000-8000-000000000017', 0, 'Algemeen Maatschappelijk Werk Midden-Limburg', 'Maatschappelijk werk bij problemen in het dagelijks leven.', now(), now()),
    ('00000000-0000-4000-8000-000000000018', 0, 'Pedagogisch Sociaal Werk', 'Opvoedondersteuning en pedagogisch werk.', now(), now()),
    ('00000000-0000-4000-8000-000000000019', 0, 'Stichting Gehandicaptenzorg Limburg', 'Zorg voor mensen met een beperking.', now(), now()),
    ('00000000-0000-4000-8000-000000000020', 0, 'CZ', 'Zorgverzekeraar; signaleert betalingsachterstand op de premie.', now(), now()),
    ('00000000-0000-4000-8000-000000000021', 0, 'Centrum voor Jeugd en Gezin', 'De plek voor vragen over opgroeien en opvoeden.', now(), now())
on conflict (id) do update set naam = excluded.naam, omschrijving = excluded.omschrijving;

insert into dienst (id, versie, organisatie_id, naam, leefgebieden, doelgroepen, wijken, aanmeldwijze, aangemaakt_op, gewijzigd_op) values
    ('00000000-0000-4000-9000-000000000001', 0, '00000000-0000-4000-8000-000000000001', 'Onafhankelijke cliëntondersteuning', array['basale-adl','instrumentele-adl','sociaal-netwerk']::text[], array['volwassenen','jeugd']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000002', 0, '00000000-0000-4000-8000-000000000002', 'Hulp bij huiselijk geweld', array['huiselijke-relaties']::text[], array['volwassenen','gezinnen']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000003', 0, '00000000-0000-4000-8000-000000000002', 'Vrouwenopvang', array['huisvesting','huiselijke-relaties']::text[], array['volwassenen']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000004', 0, '00000000-0000-4000-8000-000000000003', 'Wijkverpleegkundige', array['lichamelijke-gezondheid','basale-adl']::text[], array['ouderen','volwassenen']::text[], array['Wielwijk','Crabbehof','Nieuw Krispijn']::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000005', 0, '00000000-0000-4000-8000-000000000004', 'Schuldhulpverlening', array['financien']::text[], array['volwassenen']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000006', 0, '00000000-0000-4000-8000-000000000004', 'Re-integratie naar werk', array['werk-en-opleiding','maatschappelijke-participatie']::text[], array['volwassenen']::text[], array[]::text[], 'beschikking', now(), now()),
    ('00000000-0000-4000-9000-000000000007', 0, '00000000-0000-4000-8000-000000000005', 'Huurschuldpreventie', array['huisvesting','financien']::text[], array['volwassenen']::text[], array['Wielwijk','Crabbehof']::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000008', 0, '00000000-0000-4000-8000-000000000006', 'Huishoudelijke ondersteuning', array['instrumentele-adl']::text[], array['ouderen','volwassenen']::text[], array[]::text[], 'beschikking', now(), now()),
    ('00000000-0000-4000-9000-000000000009', 0, '00000000-0000-4000-8000-000000000007', 'Dagbesteding ouderen', array['tijdsbesteding','sociaal-netwerk']::text[], array['ouderen']::text[], array[]::text[], 'beschikking', now(), now()),
    ('00000000-0000-4000-9000-000000000010', 0, '00000000-0000-4000-8000-000000000008', 'Wijkverpleging', array['lichamelijke-gezondheid','basale-adl']::text[], array['ouderen']::text[], array['Centrum-Biest']::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000011', 0, '00000000-0000-4000-8000-000000000009', 'Thuiszorg', array['basale-adl','lichamelijke-gezondheid']::text[], array['ouderen']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000012', 0, '00000000-0000-4000-8000-000000000010', 'Ambulante GGZ', array['geestelijke-gezondheid']::text[], array['volwassenen','jeugd']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000013', 0, '00000000-0000-4000-8000-000000000011', 'Verslavingszorg', array['middelengebruik','geestelijke-gezondheid']::text[], array['volwassenen']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000014', 0, '00000000-0000-4000-8000-000000000012', 'Transferpunt ziekenhuis naar huis', array['lichamelijke-gezondheid','basale-adl']::text[], array['volwassenen','ouderen']::text[], array[]::text[], 'verwijzing', now(), now()),
    ('00000000-0000-4000-9000-000000000015', 0, '00000000-0000-4000-8000-000000000013', 'Ouderenadvies', array['sociaal-netwerk','maatschappelijke-participatie']::text[], array['ouderen']::text[], array['Centrum-Biest']::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000016', 0, '00000000-0000-4000-8000-000000000013', 'Mantelzorgondersteuning', array['sociaal-netwerk','huiselijke-relaties']::text[], array['mantelzorgers']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000017', 0, '00000000-0000-4000-8000-000000000014', 'Jongerenwerk', array['tijdsbesteding','maatschappelijke-participatie']::text[], array['jeugd']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000018', 0, '00000000-0000-4000-8000-000000000015', 'Begeleid wonen', array['huisvesting','instrumentele-adl']::text[], array['volwassenen']::text[], array[]::text[], 'beschikking', now(), now()),
    ('00000000-0000-4000-9000-000000000019', 0, '00000000-0000-4000-8000-000000000016', 'Onafhankelijke cliëntondersteuning', array['basale-adl','instrumentele-adl','sociaal-netwerk']::text[], array['volwassenen','jeugd']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000020', 0, '00000000-0000-4000-8000-000000000017', 'Maatschappelijk werk', array['financien','huiselijke-relaties','sociaal-netwerk']::text[], array['volwassenen']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000021', 0, '00000000-0000-4000-8000-000000000018', 'Opvoedondersteuning', array['huiselijke-relaties']::text[], array['gezinnen','jeugd']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000022', 0, '00000000-0000-4000-8000-000000000019', 'Dagbesteding', array['tijdsbesteding','maatschappelijke-participatie']::text[], array['volwassenen']::text[], array[]::text[], 'beschikking', now(), now()),
    ('00000000-0000-4000-9000-000000000023', 0, '00000000-0000-4000-8000-000000000020', 'Betalingsregeling zorgpremie', array['financien','lichamelijke-gezondheid']::text[], array['volwassenen']::text[], array[]::text[], 'vrij-toegankelijk', now(), now()),
    ('00000000-0000-4000-9000-000000000024', 0, '00000000-0000-4000-8000-000000000021', 'Vragen over jeugd en opvoeden', array['huiselijke-relaties','geestelijke-gezondheid']::text[], array['jeugd','gezinnen']::text[], array[]::text[], 'vrij-toegankelijk', now(), now())
on conflict (id) do update set naam = excluded.naam, leefgebieden = excluded.leefgebieden,
    doelgroepen = excluded.doelgroepen, wijken = excluded.wijken, aanmeldwijze = excluded.aanmeldwijze;

-- Where the partners serve (ADR 0013): the Drechtsteden partners in Dordrecht, the fifteen of
-- Midden-Limburg West in Weert, Leudal and Nederweert; CZ and the CJG everywhere.
insert into gemeente (code, naam) values
    ('GM0505', 'Dordrecht'), ('GM0988', 'Weert'), ('GM1640', 'Leudal'), ('GM0946', 'Nederweert')
on conflict (code) do update set naam = excluded.naam;

update organisatie set gemeenten = case
    when id <= '00000000-0000-4000-8000-000000000006' then array['GM0505']
    when id in ('00000000-0000-4000-8000-000000000020', '00000000-0000-4000-8000-000000000021')
        then array['GM0505', 'GM0946', 'GM0988', 'GM1640']
    else array['GM0946', 'GM0988', 'GM1640'] end
where id::text like '00000000-0000-4000-8000-%';

update dienst d set gemeenten = o.gemeenten from organisatie o
where o.id = d.organisatie_id and d.id::text like '00000000-0000-4000-9000-%';

-- What the services are found by (issue 14): descriptions in the partners' own words, keywords,
-- and the capacity some partners stated (one of them long ago, so that it shows as stale).
update dienst d set omschrijving = v.omschrijving, trefwoorden = v.trefwoorden
from (values
    ('00000000-0000-4000-9000-000000000005', 'Hulp bij schulden: samen een overzicht van alle schuldeisers maken, een budgetplan opstellen en zo nodig een schuldregeling treffen. Ook hulp bij een beslag of afsluiting.', array['schuldregeling','budgetplan','betalingsachterstand','beslag']::text[]),
    ('00000000-0000-4000-9000-000000000007', 'Bij een huurachterstand neemt de corporatie vroeg contact op en zoekt samen met de huurder naar een betalingsregeling, zodat een huisuitzetting voorkomen wordt.', array['huurachterstand','betalingsregeling','huisuitzetting']::text[]),
    ('00000000-0000-4000-9000-000000000012', 'Behandeling bij psychische klachten zoals depressie, angst en trauma, dicht bij huis. Aanmelding via de huisarts of de Vraagwijzer.', array['depressie','angst','psychische klachten']::text[]),
    ('00000000-0000-4000-9000-000000000016', 'Informatie, advies en een luisterend oor voor wie zorgt voor een naaste. Hulp bij het regelen van respijtzorg en het voorkomen van overbelasting.', array['respijtzorg','overbelasting','mantelzorgcompliment']::text[]),
    ('00000000-0000-4000-9000-000000000020', 'Ondersteuning bij problemen in het dagelijks leven: relaties, opvoeding, eenzaamheid, werk en financiën. Kortdurend en zonder verwijzing.', array['geldzorgen','eenzaamheid','relatieproblemen']::text[]),
    ('00000000-0000-4000-9000-000000000021', 'Praktische tips en gesprekken voor ouders die vragen hebben over het gedrag, de ontwikkeling of de opvoeding van hun kind.', array['opvoeden','gedrag','ouderschap']::text[]),
    ('00000000-0000-4000-9000-000000000023', 'Een betalingsregeling voor achterstallige zorgpremie, zodat de verzekering doorloopt en er geen bestuursrechtelijke premie volgt.', array['premieachterstand','zorgverzekering','betalingsregeling']::text[])
) as v (id, omschrijving, trefwoorden)
where d.id = v.id::uuid;

update dienst d set plaatsen_beschikbaar = v.plaatsen, wachttijd_weken = v.weken, capaciteit_bijgewerkt_op = now() - v.geleden
from (values
    ('00000000-0000-4000-9000-000000000012', 0, 14, interval '3 days'),
    ('00000000-0000-4000-9000-000000000003', 2, 0, interval '1 day'),
    ('00000000-0000-4000-9000-000000000021', 3, 2, interval '5 days'),
    ('00000000-0000-4000-9000-000000000005', 0, 8, interval '60 days'),
    ('00000000-0000-4000-9000-000000000020', 4, 1, interval '2 days')
) as v (id, plaatsen, weken, geleden)
where d.id = v.id::uuid;

-- Collective provisions in the demo wijken: walk-ins, community-centre activities, volunteer
-- initiatives and peer groups, with where and when (collectief waar mogelijk).
insert into dienst (id, versie, organisatie_id, naam, omschrijving, leefgebieden, doelgroepen, trefwoorden, gemeenten,
        wijken, aanmeldwijze, collectief, kosteloos, locatie_naam, adres_straat, adres_huisnummer, adres_postcode,
        adres_plaats, openingstijden, aangemaakt_op, gewijzigd_op) values
    ('00000000-0000-4000-9000-000000000101', 0, '00000000-0000-4000-8000-000000000013', 'Inloopspreekuur Geldzaken',
     'Vrijwilligers helpen met rekeningen, brieven en formulieren en maken samen een overzicht van inkomsten en uitgaven. Zonder afspraak.',
     array['financien']::text[], array['volwassenen']::text[], array['formulierenhulp','thuisadministratie','budgetcoach']::text[],
     array['GM0988']::text[], array['Centrum-Biest']::text[], 'vrij-toegankelijk', 'inloop', true,
     'Buurthuis De Biest', 'Biest', 43, '6001AP', 'Weert', '[{"dagen":["TU"],"van":"09:30","tot":"12:00","toelichting":null}]', now(), now()),
    ('00000000-0000-4000-9000-000000000102', 0, '00000000-0000-4000-8000-000000000013', 'Samen eten in Groenewoud',
     'Elke woensdag een warme maaltijd voor wie niet graag alleen eet: ontmoeting, een praatje en nieuwe contacten tegen eenzaamheid.',
     array['sociaal-netwerk','tijdsbesteding']::text[], array['ouderen','alleenstaanden']::text[], array['eenzaamheid','ontmoeting','maaltijd']::text[],
     array['GM0988']::text[], array['Groenewoud']::text[], 'vrij-toegankelijk', 'buurthuisactiviteit', false,
     'Wijkcentrum Groenewoud', 'Groenewoudseweg', 12, '6002AB', 'Weert', '[{"dagen":["WE"],"van":"17:00","tot":"19:00","toelichting":"Opgeven tot dinsdag; eigen bijdrage 4 euro"}]', now(), now()),
    ('00000000-0000-4000-9000-000000000103', 0, '00000000-0000-4000-8000-000000000013', 'Lotgenotengroep mantelzorgers Leuken',
     'Mantelzorgers delen ervaringen en tips, onder begeleiding van een mantelzorgconsulent. Over respijtzorg, grenzen stellen en volhouden.',
     array['sociaal-netwerk','huiselijke-relaties']::text[], array['mantelzorgers']::text[], array['lotgenoten','respijtzorg']::text[],
     array['GM0988']::text[], array['Leuken']::text[], 'vrij-toegankelijk', 'lotgenotengroep', true,
     'Gemeenschapshuis Leuken', 'Leukerweg', 5, '6003BC', 'Weert', '[{"dagen":["TH"],"van":"19:30","tot":"21:30","toelichting":null}]', now(), now()),
    ('00000000-0000-4000-9000-000000000104', 0, '00000000-0000-4000-8000-000000000013', 'Koffie-inloop en Repair Café Heythuysen',
     'Vrijwilligers repareren spullen terwijl bezoekers koffie drinken en elkaar ontmoeten. Iedereen is welkom.',
     array['sociaal-netwerk','maatschappelijke-participatie']::text[], array['volwassenen','ouderen']::text[], array['ontmoeting','vrijwilligers']::text[],
     array['GM1640']::text[], array['Heythuysen']::text[], 'vrij-toegankelijk', 'vrijwilligersinitiatief', true,
     'Gemeenschapshuis De Pit', 'Kerkstraat', 8, '6093BA', 'Heythuysen', '[{"dagen":["SA"],"van":"10:00","tot":"13:00","toelichting":null}]', now(), now()),
    ('00000000-0000-4000-9000-000000000105', 0, '00000000-0000-4000-8000-000000000013', 'Formulierenbrigade Haelen',
     'Vrijwilligers helpen bij toeslagen, de belastingaangifte en aanvragen voor minimaregelingen en bijzondere bijstand.',
     array['financien']::text[], array['volwassenen','ouderen']::text[], array['formulieren','toeslagen','minimaregelingen']::text[],
     array['GM1640']::text[], array['Haelen']::text[], 'vrij-toegankelijk', 'vrijwilligersinitiatief', true,
     'Bibliotheek Haelen', 'Markt', 2, '6081AA', 'Haelen', '[{"dagen":["MO","TH"],"van":"13:30","tot":"16:00","toelichting":null}]', now(), now()),
    ('00000000-0000-4000-9000-000000000106', 0, '00000000-0000-4000-8000-000000000013', 'Inloop Ospel',
     'Een open huiskamer in het dorp: koffie, de krant, een spelletje en iemand die meedenkt als er vragen zijn.',
     array['sociaal-netwerk','tijdsbesteding']::text[], array['ouderen','volwassenen']::text[], array['huiskamer','ontmoeting','eenzaamheid']::text[],
     array['GM0946']::text[], array['Ospel']::text[], 'vrij-toegankelijk', 'inloop', true,
     'Gemeenschapshuis Ospel', 'Dorpstraat', 20, '6035AB', 'Ospel', '[{"dagen":["MO","TH"],"van":"10:00","tot":"12:00","toelichting":null}]', now(), now()),
    ('00000000-0000-4000-9000-000000000107', 0, '00000000-0000-4000-8000-000000000018', 'Opvoedcafé Nederweert',
     'Ouders praten met elkaar en met een pedagoog over opvoeden, slapen, grenzen en puberteit.',
     array['huiselijke-relaties']::text[], array['gezinnen','ouders']::text[], array['opvoeden','ouderschap']::text[],
     array['GM0946']::text[], array['Nederweert-Centrum']::text[], 'vrij-toegankelijk', 'buurthuisactiviteit', true,
     'Huis van de Wijk', 'Brugstraat', 3, '6031EC', 'Nederweert', '[{"dagen":["WE"],"van":"09:00","tot":"10:30","toelichting":"Kinderopvang aanwezig"}]', now(), now()),
    ('00000000-0000-4000-9000-000000000108', 0, '00000000-0000-4000-8000-000000000004', 'Thuisadministratie Wielwijk',
     'Getrainde vrijwilligers komen thuis helpen de administratie op orde te brengen en te houden, voordat geldzorgen schulden worden.',
     array['financien']::text[], array['volwassenen']::text[], array['thuisadministratie','geldzorgen','budgetcoach']::text[],
     array['GM0505']::text[], array['Wielwijk']::text[], 'vrij-toegankelijk', 'vrijwilligersinitiatief', true,
     'Wijkcentrum Wielwijk', 'Bosboom Toussaintplein', 1, '3317AA', 'Dordrecht', '[{"dagen":["TU","TH"],"van":"09:00","tot":"12:00","toelichting":"Ook op afspraak thuis"}]', now(), now()),
    ('00000000-0000-4000-9000-000000000109', 0, '00000000-0000-4000-8000-000000000003', 'Buurtkamer Crabbehof',
     'Een plek in de wijk om binnen te lopen voor een kop koffie, een praatje of een vraag aan de wijkverpleegkundige.',
     array['sociaal-netwerk','lichamelijke-gezondheid']::text[], array['ouderen','volwassenen']::text[], array['ontmoeting','wijkverpleegkundige']::text[],
     array['GM0505']::text[], array['Crabbehof']::text[], 'vrij-toegankelijk', 'inloop', true,
     'Buurtkamer Crabbehof', 'Aletta Jacobsplein', 4, '3318AB', 'Dordrecht', '[{"dagen":["MO","WE","FR"],"van":"10:00","tot":"15:00","toelichting":null}]', now(), now())
on conflict (id) do update set naam = excluded.naam, omschrijving = excluded.omschrijving, leefgebieden = excluded.leefgebieden,
    doelgroepen = excluded.doelgroepen, trefwoorden = excluded.trefwoorden, gemeenten = excluded.gemeenten,
    wijken = excluded.wijken, collectief = excluded.collectief, kosteloos = excluded.kosteloos,
    locatie_naam = excluded.locatie_naam, adres_straat = excluded.adres_straat, adres_huisnummer = excluded.adres_huisnummer,
    adres_postcode = excluded.adres_postcode, adres_plaats = excluded.adres_plaats, openingstijden = excluded.openingstijden;

-- The wijken of the demo region (as in application.properties), for the services' werkgebied.
with wijk (gemeente, naam) as (values
    ('GM0505', 'Wielwijk'), ('GM0505', 'Crabbehof'), ('GM0505', 'Nieuw Krispijn'),
    ('GM0988', 'Centrum-Biest'), ('GM0988', 'Groenewoud'), ('GM0988', 'Leuken'),
    ('GM1640', 'Haelen'), ('GM1640', 'Horn'), ('GM1640', 'Heythuysen'), ('GM1640', 'Roggel'),
    ('GM0946', 'Nederweert-Centrum'), ('GM0946', 'Ospel'))
update dienst d set werkgebied = array(
    select g || coalesce('/' || w.naam, '')
    from unnest(d.gemeenten) g
    left join wijk w on w.gemeente = g and w.naam = any (d.wijken)
    where w.naam is not null or not exists (select 1 from wijk x where x.gemeente = g and x.naam = any (d.wijken))
    order by 1)
where d.id::text like '00000000-0000-4000-9000-%';
