package nl.vraagwijzer.vroegsignalering;

import static nl.vraagwijzer.shared.security.Rollen.DDAS_AANLEVERING;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.meldOk;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.poging;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.signaal;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.sluit;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.zaakVan;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.DdasSchema;
import nl.vraagwijzer.support.Vandaag;
import org.junit.jupiter.api.Test;

/**
 * What a gemeente accounts for: the monitor figures against a hand-counted month (with small-count
 * and difference suppression, and a closing at 23:30 on the month's last day in Dutch time), the
 * DDAS delivery's content and who may fetch it, and the work list as export, pseudonymised for
 * scripts.
 */
@QuarkusTest
class VerantwoordingTest {

    /**
     * One team's March 2019, written straight into the database so that every count is known:
     * 21 signals (huur 12, energie 6, water 3; 2 repeats) and one in February; 15 cases matched in
     * March, 12 of them reached within their term, one matched in February; attempts in March:
     * telefoon 10 (7 reached), brief 8 (none), huisbezoek 5 (all), and one in April; closed in March
     * 14 (hoeft-geen-hulp 6, vervolghulp-financieel 7, budgetadvies 1), one at 00:30 on 1 April.
     */
    private static String maartVan2019() throws SQLException {
        String team = "monitor-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> sql = new ArrayList<>();
        UUID[] zaken = new UUID[17];
        for (int i = 1; i <= 16; i++) {
            UUID inwoner = UUID.randomUUID();
            zaken[i] = UUID.randomUUID();
            sql.add("insert into inwoner (id, versie, gemeente, voornamen, achternaam, aangemaakt_op, gewijzigd_op)"
                    + " values ('" + inwoner + "', 0, 'GM0505', 'Test', 'Monitor', now(), now())");
            String matching = i <= 15 ? "2019-03-10" : "2019-02-20";
            String resultaat = i <= 6
                    ? "'hoeft-geen-hulp'"
                    : i <= 13 ? "'vervolghulp-financieel'" : i == 14 ? "'budgetadvies-of-quick-fix'" : "null";
            // the sixth closes at 23:30 on 31 March in Dutch time (summer time began that night)
            String afgesloten = i == 6
                    ? "'2019-03-31T21:30:00Z'"
                    : i <= 14 ? "'2019-03-25T10:00:00Z'" : i == 16 ? "'2019-03-31T22:30:00Z'" : "null";
            if (i == 16) {
                resultaat = "'hoeft-geen-hulp'";
            }
            sql.add("insert into vroegsignaalzaak (id, gemeente, inwoner_id, team, crisis, matchingsdatum,"
                    + " startdatum_matchingperiode, einddatum_matchingperiode, termijn_datum, eindresultaat,"
                    + " afgesloten_op, versie, aangemaakt_op) values ('" + zaken[i] + "', 'GM0505', '" + inwoner
                    + "', '" + team + "', false, '" + matching + "', '" + matching + "', '2019-06-01', '2019-03-24', "
                    + resultaat + ", " + afgesloten + ", 0, now())");
        }
        String[] soorten = new String[21];
        for (int s = 0; s < 21; s++) {
            soorten[s] = s < 12 ? "huur" : s < 18 ? "energie" : "water";
        }
        for (int s = 0; s < 21; s++) {
            sql.add(signaalRij(zaken[s % 15 + 1], soorten[s], "2019-03-0" + (s % 9 + 1), s == 3 || s == 4));
        }
        sql.add(signaalRij(zaken[16], "huur", "2019-02-28", false));
        for (int i = 1; i <= 7; i++) {
            sql.add(pogingRij(zaken[i], "telefoon", "2019-03-15", "true"));
        }
        for (int i = 13; i <= 15; i++) {
            sql.add(pogingRij(zaken[i], "telefoon", "2019-03-12", "false"));
        }
        for (int i = 1; i <= 8; i++) {
            sql.add(pogingRij(zaken[i], "brief", "2019-03-11", "false"));
        }
        for (int i = 8; i <= 12; i++) {
            sql.add(pogingRij(zaken[i], "huisbezoek", "2019-03-20", "true"));
        }
        // reached, but after the term and in April: not within term, not an attempt of March
        sql.add(pogingRij(zaken[15], "huisbezoek", "2019-04-02", "true"));
        try (Connection verbinding = Beheerdatabase.verbinding();
                Statement opdracht = verbinding.createStatement()) {
            for (String regel : sql) {
                opdracht.execute(regel);
            }
        }
        return team;
    }

    private static String signaalRij(UUID zaak, String soort, String datum, boolean herhaald) {
        return "insert into vroegsignaal (id, gemeente, zaak_id, organisatie_id, signaalpartner, bedrag,"
                + " ontstaansdatum, signaaldatum, crisissignaal, warme_overdracht, herhaald, status, ontvangen_op)"
                + " values (gen_random_uuid(), 'GM0505', '" + zaak + "', gen_random_uuid(), '" + soort + "', 500, '"
                + datum + "', '" + datum + "', false, false, " + herhaald + ", 'opgepakt', now())";
    }

    private static String pogingRij(UUID zaak, String soort, String datum, String bereikt) {
        return "insert into contactpoging (id, gemeente, zaak_id, soort, datum, bereikt, medewerker, vastgelegd_op)"
                + " values (gen_random_uuid(), 'GM0505', '" + zaak + "', '" + soort + "', '" + datum + "', " + bereikt
                + ", 'test', now())";
    }

    /** The cells by {@code maatstaf} or {@code maatstaf/categorie}. */
    private static Map<String, Map<String, Object>> cellen(String team, String vanaf, String tot) {
        List<Map<String, Object>> lijst = Api.als(RAPPORTAGE)
                .queryParam("vanaf", vanaf)
                .queryParam("tot", tot)
                .queryParam("team", team)
                .get("/rapportages/vroegsignalering")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        Map<String, Map<String, Object>> cellen = new HashMap<>();
        lijst.forEach(cel -> {
            assertEquals(team, cel.get("team"));
            cellen.put(cel.get("maatstaf") + (cel.get("categorie") == null ? "" : "/" + cel.get("categorie")), cel);
        });
        return cellen;
    }

    private static void getoond(Map<String, Map<String, Object>> cellen, String sleutel, long aantal, Double waarde) {
        Map<String, Object> cel = cellen.get(sleutel);
        assertEquals(false, cel.get("onderdrukt"), sleutel + ": " + cel);
        assertEquals(aantal, ((Number) cel.get("aantal")).longValue(), sleutel);
        if (waarde == null) {
            assertNull(cel.get("waarde"), sleutel);
        } else {
            assertEquals(waarde, ((Number) cel.get("waarde")).doubleValue(), 0.001, sleutel);
        }
    }

    private static void onderdrukt(Map<String, Map<String, Object>> cellen, String sleutel) {
        Map<String, Object> cel = cellen.get(sleutel);
        assertEquals(true, cel.get("onderdrukt"), sleutel + ": " + cel);
        assertFalse(cel.containsKey("aantal") && cel.get("aantal") != null, "suppressed, never 0: " + cel);
        assertNull(cel.get("waarde"), sleutel);
    }

    @Test
    void deMonitorTeltAlsMetDeHandEnOnderdruktKleineAantallen() throws SQLException {
        String team = maartVan2019();
        Map<String, Map<String, Object>> maart = cellen(team, "2019-03", "2019-03");
        assertTrue(maart.values().stream().allMatch(cel -> "2019-03".equals(cel.get("maand"))));
        // signals: 21 of Dordrecht's 121,000 inhabitants; water (3) is below 5, and energie goes too,
        // or 21 - 12 would tell water's count
        getoond(maart, "signalen", 21, 0.17);
        getoond(maart, "signalen-per-soort/huur", 12, 57.14);
        onderdrukt(maart, "signalen-per-soort/water");
        onderdrukt(maart, "signalen-per-soort/energie");
        getoond(maart, "signalen-per-soort/zorg", 0, 0.0);
        onderdrukt(maart, "herhaalde-meldingen");
        // 15 cases, 12 reached within term: the 3 not reached would follow from 15 - 12
        getoond(maart, "zaken", 15, null);
        onderdrukt(maart, "zaken-binnen-termijn-bereikt");
        // attempts: telefoon 10 of which 7 reached (3 not: 7 goes), so huisbezoek's 5 reached goes too
        getoond(maart, "contactpogingen", 23, null);
        getoond(maart, "contactpogingen/telefoon", 10, null);
        getoond(maart, "contactpogingen/brief", 8, null);
        getoond(maart, "contactpogingen/huisbezoek", 5, null);
        getoond(maart, "contactpogingen-bereikt", 12, 52.17);
        onderdrukt(maart, "contactpogingen-bereikt/telefoon");
        onderdrukt(maart, "contactpogingen-bereikt/huisbezoek");
        getoond(maart, "contactpogingen-bereikt/brief", 0, 0.0);
        // closed in March (Dutch time): 14; budgetadvies 1 goes, with hoeft-geen-hulp (14 - 8) and
        // vervolghulp-financieel (help accepted 8 - 1)
        getoond(maart, "afgesloten", 14, null);
        onderdrukt(maart, "eindresultaten/budgetadvies-of-quick-fix");
        onderdrukt(maart, "eindresultaten/hoeft-geen-hulp");
        onderdrukt(maart, "eindresultaten/vervolghulp-financieel");
        getoond(maart, "eindresultaten/definitief-geen-contact", 0, 0.0);
        getoond(maart, "hulp-aanvaard", 8, 57.14);
        assertEquals(
                15,
                maart.keySet().stream()
                        .filter(k -> k.startsWith("eindresultaten/"))
                        .count());
        assertEquals(
                11,
                maart.keySet().stream()
                        .filter(k -> k.startsWith("signalen-per-soort/"))
                        .count());

        // the case closed at 00:30 on 1 April counts in April, where its 1 is suppressed
        Map<String, Map<String, Object>> april = cellen(team, "2019-04", "2019-04");
        onderdrukt(april, "afgesloten");
        onderdrukt(april, "eindresultaten/hoeft-geen-hulp");

        String csv = Api.als(RAPPORTAGE)
                .accept("text/csv")
                .queryParam("vanaf", "2019-03")
                .queryParam("tot", "2019-03")
                .queryParam("team", team)
                .get("/rapportages/vroegsignalering")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("gemeente,team,maand,maatstaf,categorie,aantal,waarde,onderdrukt\r\n"), csv);
        assertTrue(csv.contains("GM0505," + team + ",2019-03,signalen-per-soort,water,,,true\r\n"), csv);
        assertTrue(csv.contains("GM0505," + team + ",2019-03,signalen,,21,0.17,false\r\n"), csv);
    }

    @Test
    void deMonitorWeigertWatNietKan() {
        isProblem(
                Api.als(RAPPORTAGE)
                        .queryParam("vanaf", "2020-05")
                        .queryParam("tot", "2020-04")
                        .get("/rapportages/vroegsignalering")
                        .then(),
                400);
        isProblem(
                Api.als(RAPPORTAGE)
                        .queryParam("vanaf", "2020-01")
                        .queryParam("tot", "2023-01")
                        .get("/rapportages/vroegsignalering")
                        .then(),
                400);
        isProblem(
                Api.als(RAPPORTAGE)
                        .queryParam("vanaf", "2020-13")
                        .get("/rapportages/vroegsignalering")
                        .then(),
                400);
        isProblem(
                Api.alsTeam(TEAMLEIDER, "voordeur")
                        .queryParam("team", "dordrecht-west")
                        .get("/rapportages/vroegsignalering")
                        .then(),
                403);
        isProblem(
                Api.alsTeam(PROFESSIONAL, "voordeur")
                        .get("/rapportages/vroegsignalering")
                        .then(),
                403);
    }

    @Test
    void deDdasLeveringDraagtDeZakenEnLogtElkeInwoner() throws Exception {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        String bsn = nieuwBsn();
        String eerste = meldOk(woonbron, signaal(bsn, "huur", 812.49));
        meldOk(woonbron, signaal(bsn, "huur", 812.49));
        String zaak = zaakVan(eerste);
        String vandaag = Vandaag.nl().toString();
        poging(zaak, Map.of("soort", "afspraak-op-locatie", "datum", vandaag, "tijd", "19:15", "bereikt", true))
                .statusCode(201);
        sluit(zaak, "hoeft-geen-hulp").statusCode(200);
        String inwoner = Beheerdatabase.kolom("select inwoner_id::text from vroegsignaalzaak where id = ?::uuid", zaak)
                .get(0);

        String antwoord = Api.namens(DDAS_AANLEVERING, null, "GM0505")
                .queryParam("startdatum", Vandaag.nl().minusDays(7).toString())
                .queryParam("einddatum", vandaag)
                .get("/ddas-leveringen")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        JsonNode levering = new ObjectMapper().readTree(antwoord);
        assertEquals(Set.of(), DdasSchema.fouten(levering));
        JsonNode dordrecht = levering.at("/leveringen/0");
        assertEquals("0505", dordrecht.get("gemeentecode").asText());
        JsonNode signaal = null;
        for (JsonNode kandidaat : dordrecht.get("vroegsignalen")) {
            if (kandidaat.get("ID").asText().equals(eerste)) {
                signaal = kandidaat;
            }
        }
        assertEquals(bsn, signaal.at("/client/Burgerservicenummer").asText());
        assertEquals("F.", signaal.at("/client/Voorletters").asText());
        assertEquals("El Amrani", signaal.at("/client/Achternaam").asText());
        assertEquals("3317AB", signaal.at("/client/Postcode").asText());
        assertEquals("12", signaal.at("/client/Huisnummer").asText());
        assertEquals(812, signaal.get("bedrag").asLong());
        assertEquals("Huur", signaal.at("/signaalpartner/type").asText());
        assertFalse(signaal.has("status"), "a taken-up signal has no status in the GGM's list: " + signaal);
        JsonNode gezocht = null;
        for (JsonNode kandidaat : dordrecht.get("vroegsignaalzaken")) {
            if (kandidaat.at("/vroegsignalen/0/ID").asText().equals(eerste)) {
                gezocht = kandidaat;
            }
        }
        assertEquals(
                "Inwoner hoeft geen hulp vanuit vroegsignalering",
                gezocht.get("resultaat").asText());
        assertEquals(2, gezocht.get("vroegsignalen").size());
        assertEquals(vandaag, gezocht.get("datum_opgepakt").asText());
        // the newer GGM's "Afspraak op locatie" is not in DDAS v0.9's list: delivered as Overige
        assertEquals("Overige", gezocht.at("/contactpogingen/0/soort").asText());
        assertEquals("Avond", gezocht.at("/contactpogingen/0/dagdeel").asText());
        assertTrue(gezocht.at("/contactpogingen/0/bereikt").asBoolean());
        // every resident in it is in the access log
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie = 'ddas-levering' and ?::uuid = any(inwoner_ids)",
                        inwoner)
                >= 1);
    }

    @Test
    void alleenDeAanleveraarHaaltDeLeveringEnNietVerkeerd() {
        String vandaag = Vandaag.nl().toString();
        for (String rol : List.of(RAPPORTAGE, TEAMLEIDER, PROFESSIONAL)) {
            isProblem(levering(Api.alsTeam(rol, "voordeur"), vandaag, vandaag), 403);
        }
        isProblem(levering(Api.alsOrganisatie(PARTNER, UUID.randomUUID()), vandaag, vandaag), 403);
        isProblem(
                levering(
                        Api.namens(DDAS_AANLEVERING, null, "GM0505"),
                        vandaag,
                        Vandaag.nl().minusDays(1).toString()),
                400);
        isProblem(levering(Api.namens(DDAS_AANLEVERING, null, "GM0505"), "2020-01-01", "2021-06-01"), 400);
        // a gemeente the token does not hold
        isProblem(
                levering(
                        Api.namens(DDAS_AANLEVERING, null, "GM0505")
                                .queryParam("gemeenten", List.of("GM0505", "GM0988")),
                        vandaag,
                        vandaag),
                403);
    }

    private static ValidatableResponse levering(RequestSpecification als, String startdatum, String einddatum) {
        return als.queryParam("startdatum", startdatum)
                .queryParam("einddatum", einddatum)
                .get("/ddas-leveringen")
                .then();
    }
}
