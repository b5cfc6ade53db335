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
