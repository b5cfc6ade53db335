package nl.vraagwijzer.vroegsignalering;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.time.Werkdagen;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.Vandaag;
import org.junit.jupiter.api.Test;

/**
 * Early signals into outreach, in the GGM's model: signals about one resident matched into one
 * case (a repeat only where the arrears did not grow), the crisis term, contact attempts until
 * reached or not, every end result, and help accepted going on as a question.
 */
@QuarkusTest
public class VroegsignaleringTest {

    /** The intake team of the default gemeente, which takes up what partners push. */
    private static final String INTAKE = "voordeur";

    public static Map<String, Object> signaal(String bsn, String soort, double bedrag) {
        Map<String, Object> body = new HashMap<>();
        body.put("inwoner", inwoner(bsn));
        body.put("soort", soort);
        body.put("bedrag", bedrag);
        body.put("sinds", Vandaag.nl().minusMonths(2).toString());
        return body;
    }

    static ValidatableResponse meld(UUID partner, Map<String, Object> signaal) {
        return Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(signaal)
                .post("/signalen")
                .then();
    }

    public static String meldOk(UUID partner, Map<String, Object> signaal) {
        return meld(partner, signaal).statusCode(201).extract().path("id");
    }

    /** The case a signal is in. */
    public static String zaakVan(String signaal) {
        return Beheerdatabase.kolom("select zaak_id::text from vroegsignaal where id = ?::uuid", signaal)
                .get(0);
    }

    static JsonPath zaak(String id) {
        return Api.alsTeam(PROFESSIONAL, INTAKE)
                .get("/vroegsignaalzaken/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static ValidatableResponse poging(String zaak, Map<String, Object> poging) {
        return Api.alsTeam(PROFESSIONAL, INTAKE)
                .body(poging)
                .post("/vroegsignaalzaken/{id}/contactpogingen", zaak)
                .then();
    }

    static ValidatableResponse sluit(String zaak, String eindresultaat) {
        return Api.alsTeam(PROFESSIONAL, INTAKE)
                .body(Map.of("eindresultaat", eindresultaat))
                .post("/vroegsignaalzaken/{id}/afsluiting", zaak)
                .then();
    }

    @Test
    void herhaaldeSignalenVanEenInwonerWordenEenZaak() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        UUID eneco = maakOrganisatie(uniek("Eneco"));
        String bsn = nieuwBsn();
        String eerste = meldOk(woonbron, signaal(bsn, "huur", 800));
        String zelfde = meldOk(woonbron, signaal(bsn, "huur", 800));
        String gegroeid = meldOk(woonbron, signaal(bsn, "huur", 1200));
        String energie = meldOk(eneco, signaal(bsn, "energie", 300));
        String zaak = zaakVan(eerste);
        assertEquals(List.of(zaak, zaak, zaak), List.of(zaakVan(zelfde), zaakVan(gegroeid), zaakVan(energie)));
        JsonPath gelezen = zaak(zaak);
        assertEquals(List.of(false, true, false, false), gelezen.getList("signalen.herhaald"));
        assertEquals(
                List.of(
                        "nog-niet-opgepakt",
                        "niet-opgepakt-herhaalde-melding",
                        "nog-niet-opgepakt",
                        "nog-niet-opgepakt"),
                gelezen.getList("signalen.status"));
        assertEquals(List.of("huur", "huur", "huur", "energie"), gelezen.getList("signalen.soort"));
        assertEquals(INTAKE, gelezen.getString("team"));
        assertEquals(false, gelezen.getBoolean("crisis"));
        LocalDate vandaag = Vandaag.nl();
        assertEquals(Werkdagen.plusWerkdagen(vandaag, 10).toString(), gelezen.getString("termijnDatum"));
        assertEquals(vandaag.toString(), gelezen.getString("startdatumMatchingperiode"));
        assertEquals(vandaag.plusDays(90).toString(), gelezen.getString("einddatumMatchingperiode"));
        // the pre-1.6 name of a health insurer's signal is the GGM's "Zorg"
        String zorg = meldOk(eneco, signaal(nieuwBsn(), "zorgverzekering", 90));
        assertEquals("zorg", zaak(zaakVan(zorg)).getString("signalen[0].soort"));
    }

    @Test
    void eenCrisissignaalKrijgtDrieWerkdagenEnStaatVooraan() {
        UUID vitens = maakOrganisatie(uniek("Vitens"));
        Map<String, Object> crisis = signaal(nieuwBsn(), "water", 450);
        crisis.put("crisissignaal", true);
        String zaak = zaakVan(meldOk(vitens, crisis));
        JsonPath gelezen = zaak(zaak);
        assertEquals(true, gelezen.getBoolean("crisis"));
        assertEquals(Werkdagen.plusWerkdagen(Vandaag.nl(), 3).toString(), gelezen.getString("termijnDatum"));
        JsonPath pagina = Api.alsTeam(PROFESSIONAL, INTAKE)
                .queryParam("pageSize", 100)
                .get("/vroegsignaalzaken")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> werklijst = pagina.getList("findAll { it.crisis }.id");
        assertTrue(werklijst.contains(zaak), "the crisis case is among the first: " + werklijst);
        List<Boolean> crisissen = pagina.getList("crisis");
        assertEquals(crisissen.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), crisissen, "crisis first");
    }

    @Test
    void deWerklijstFiltertOpWijkSoortEnTermijn() {
        UUID vitens = maakOrganisatie(uniek("Vitens"));
        String zaak = zaakVan(meldOk(vitens, signaal(nieuwBsn(), "water", 120)));
        assertEquals("Wielwijk", zaak(zaak).getString("wijk"));
        assertTrue(werklijst(Map.of("wijk", "Wielwijk", "soort", "water", "termijnVerlopen", false))
                .contains(zaak));
        assertTrue(!werklijst(Map.of("wijk", "Crabbehof")).contains(zaak));
        assertTrue(!werklijst(Map.of("soort", "huur")).contains(zaak));
        assertTrue(!werklijst(Map.of("termijnVerlopen", true)).contains(zaak));
        isProblem(
                Api.alsTeam(PROFESSIONAL, INTAKE)
                        .queryParam("soort", "gokschuld")
                        .get("/vroegsignaalzaken")
                        .then(),
                400);
    }

    @Test
    void deWerklijstMetEenCursorLooptAlsDeGenummerdePaginas() {
        UUID vitens = maakOrganisatie(uniek("Vitens"));
        for (boolean crisis : List.of(true, true, false, false, false)) {
            Map<String, Object> melding = signaal(nieuwBsn(), "water", 200);
            melding.put("crisissignaal", crisis);
            meldOk(vitens, melding);
        }
        List<String> genummerd = new java.util.ArrayList<>();
        for (int pagina = 1; ; pagina++) {
            List<String> ids = werklijst(Map.of("page", pagina));
            genummerd.addAll(ids);
            if (ids.size() < 100) {
                break;
            }
        }
        // walking by cursor, three at a time, gives the same cases in the same order, counting nothing
        List<String> gelopen = new java.util.ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            var antwoord = Api.alsTeam(PROFESSIONAL, INTAKE)
                    .queryParam("pageSize", 3)
                    .queryParam("cursor", cursor)
                    .get("/vroegsignaalzaken")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", nullValue())
                    .extract();
            gelopen.addAll(antwoord.jsonPath().getList("id"));
            String link = antwoord.header("Link");
            java.util.regex.Matcher volgende = java.util.regex.Pattern.compile("cursor=([^&>]+)[^>]*>; rel=\"next\"")
                    .matcher(link == null ? "" : link);
            cursor = volgende.find() ? volgende.group(1) : null;
        }
        assertTrue(genummerd.size() >= 5, genummerd.toString());
        assertEquals(genummerd, gelopen);
        // a cursor is client input: another list's, a crafted one, a date the database cannot hold
        for (String vals : List.of(
                new nl.vraagwijzer.shared.paging.Cursor("aangemaakt-op", "2026-01-01T00:00:00Z", UUID.randomUUID())
                        .encode(),
                new nl.vraagwijzer.shared.paging.Cursor("werklijst", "2:2026-01-01", UUID.randomUUID()).encode(),
                new nl.vraagwijzer.shared.paging.Cursor("werklijst", "1:99999-01-01", UUID.randomUUID()).encode(),
                new nl.vraagwijzer.shared.paging.Cursor("werklijst", "", UUID.randomUUID()).encode(),
                "bm9n-zin")) {
            isProblem(
                    Api.alsTeam(PROFESSIONAL, INTAKE)
                            .queryParam("cursor", vals)
                            .get("/vroegsignaalzaken")
                            .then(),
                    400);
        }
    }

    static List<String> werklijst(Map<String, Object> filter) {
        return Api.alsTeam(PROFESSIONAL, INTAKE)
                .queryParams(filter)
                .queryParam("pageSize", 100)
                .get("/vroegsignaalzaken")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
    }

    @Test
    void contactpogingenTotBereiktOfNiet() {
        UUID eneco = maakOrganisatie(uniek("Eneco"));
        String zaak = zaakVan(meldOk(eneco, signaal(nieuwBsn(), "energie", 640)));
        String vandaag = Vandaag.nl().toString();
        poging(zaak, Map.of("soort", "telefoon", "datum", vandaag, "tijd", "10:30", "bereikt", false))
                .statusCode(201)
                .body("datumOpgepakt", is(vandaag))
                .body("contactpogingen[0].dagdeel", is("ochtend"))
                .body("signalen[0].status", is("opgepakt"));
        poging(zaak, Map.of("soort", "huisbezoek", "datum", vandaag, "tijd", "18:00", "bereikt", false))
                .statusCode(201)
                .body("contactpogingen[1].dagdeel", is("avond"))
                .body("voorgesteldEindresultaat", nullValue());
        poging(zaak, Map.of("soort", "sms-whatsapp", "datum", vandaag, "dagdeel", "middag", "bereikt", false))
                .statusCode(201)
                .body("voorgesteldEindresultaat", is("definitief-geen-contact"));
        // bad attempts: nothing written
        isProblem(
                        poging(
                                zaak,
                                Map.of(
                                        "soort",
                                        "brief",
                                        "datum",
                                        Vandaag.nl().plusDays(1).toString())),
                        400)
                .body("detail", containsString("toekomst"));
        isProblem(
                        poging(
                                zaak,
                                Map.of(
                                        "soort",
                                        "brief",
                                        "datum",
                                        Vandaag.nl().minusDays(1).toString())),
                        400)
                .body("detail", containsString("eerste signaal"));
        isProblem(poging(zaak, Map.of("soort", "telefoon", "datum", vandaag, "tijd", "09:00", "dagdeel", "avond")), 400)
                .body("detail", containsString("dagdeel"));
        isProblem(poging(zaak, Map.of("soort", "postduif", "datum", vandaag)), 400);
        assertEquals(3, zaak(zaak).getList("contactpogingen").size());
        // reached at last: no proposal to close for lack of contact
        poging(zaak, Map.of("soort", "afspraak-op-locatie", "datum", vandaag, "bereikt", true))
                .statusCode(201)
                .body("voorgesteldEindresultaat", nullValue());
        // a letter whose outcome is open holds back the end result
        poging(zaak, Map.of("soort", "brief", "datum", vandaag)).statusCode(201);
        isProblem(sluit(zaak, "hoeft-geen-hulp"), 409).body("detail", containsString("uitkomst"));
        poging(zaak, Map.of("soort", "telefoon", "datum", vandaag, "bereikt", true))
                .statusCode(201);
        sluit(zaak, "hoeft-geen-hulp").statusCode(200).body("eindresultaat", is("hoeft-geen-hulp"));
        isProblem(sluit(zaak, "hoeft-geen-hulp"), 409);
        isProblem(poging(zaak, Map.of("soort", "telefoon", "datum", vandaag, "bereikt", true)), 409);
    }

    @Test
    void elkEindresultaatMetDeStatusVanDeSignalen() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        Map<String, String> status = Map.ofEntries(
                Map.entry("niet-opgepakt-herhaalde-melding", "niet-opgepakt-herhaalde-melding"),
                Map.entry("niet-opgepakt-onterecht-signaal", "niet-opgepakt-onterecht-signaal"),
                Map.entry("inwoner-is-overleden", "inwoner-is-overleden"),
                Map.entry("persoon-is-geen-inwoner-meer", "persoon-is-geen-inwoner-meer"),
                Map.entry("niet-opgepakt-andere-reden", "niet-opgepakt-andere-reden"),
                Map.entry("al-bekend-bij-schuldhulpverlening", "opgepakt"),
                Map.entry("ander-lopend-traject", "opgepakt"),
                Map.entry("definitief-geen-contact", "opgepakt"),
                Map.entry("geen-reactie-na-eerder-contact", "opgepakt"),
                Map.entry("hoeft-geen-hulp", "opgepakt"),
                Map.entry("zelf-betaald-of-regeling", "opgepakt"),
                Map.entry("budgetadvies-of-quick-fix", "opgepakt"),
                Map.entry("vervolghulp-financieel", "opgepakt"),
                Map.entry("verwijzing-zonder-contact", "opgepakt"),
                Map.entry("vervolghulp-niet-financieel", "opgepakt"));
        List<String> hulpAanvaard =
                List.of("budgetadvies-of-quick-fix", "vervolghulp-financieel", "vervolghulp-niet-financieel");
        status.forEach((resultaat, signaalstatus) -> {
            String zaak = zaakVan(meldOk(woonbron, signaal(nieuwBsn(), "huur", 500)));
            if (signaalstatus.equals("opgepakt")) {
                poging(zaak, Map.of("soort", "telefoon", "datum", Vandaag.nl().toString(), "bereikt", true))
                        .statusCode(201);
            }
            JsonPath gesloten = sluit(zaak, resultaat).statusCode(200).extract().jsonPath();
            assertEquals(resultaat, gesloten.getString("eindresultaat"));
            assertEquals(signaalstatus, gesloten.getString("signalen[0].status"), resultaat);
            String hulpvraag = gesloten.getString("hulpvraagId");
            if (hulpAanvaard.contains(resultaat)) {
                assertNotNull(hulpvraag, resultaat + " goes on as a question");
                Api.als(BALIEMEDEWERKER)
                        .get("/hulpvragen/{id}", hulpvraag)
                        .then()
                        .statusCode(200)
                        .body("wettelijkKader", is("schuldhulp"))
                        .body("team", is(INTAKE));
            } else {
                assertEquals(null, hulpvraag, resultaat + " is no question");
            }
        });
    }

    @Test
    void eenSignaalBijEenOpenSchuldhulpvraagHoortBijDieVraag() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        String bsn = nieuwBsn();
        String eerste = zaakVan(meldOk(woonbron, signaal(bsn, "huur", 700)));
        poging(eerste, Map.of("soort", "telefoon", "datum", Vandaag.nl().toString(), "bereikt", true))
                .statusCode(201);
        String hulpvraag = sluit(eerste, "vervolghulp-financieel")
                .statusCode(200)
                .extract()
                .path("hulpvraagId");
        // the next signal opens a new case (the first is closed), which joins the open debt-help question
        String tweede = zaakVan(meldOk(woonbron, signaal(bsn, "huur", 900)));
        assertTrue(!tweede.equals(eerste));
        assertEquals(hulpvraag, zaak(tweede).getString("hulpvraagId"));
    }

    @Test
    void ongeldigeSignalenWordenGeweigerdEnNietsVastgelegd() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        String telling = "select count(*)::text from vroegsignaal";
        String voor = Beheerdatabase.kolom(telling).get(0);
        Map<String, Object> naSignaal = signaal(nieuwBsn(), "huur", 100);
        naSignaal.put("sinds", Vandaag.nl().minusDays(1).toString());
        naSignaal.put("signaaldatum", Vandaag.nl().minusDays(5).toString());
        isProblem(meld(woonbron, naSignaal), 400).body("detail", containsString("signaaldatum"));
        Map<String, Object> toekomst = signaal(nieuwBsn(), "huur", 100);
        toekomst.put("signaaldatum", Vandaag.nl().plusDays(1).toString());
        isProblem(meld(woonbron, toekomst), 400).body("detail", containsString("toekomst"));
        isProblem(meld(woonbron, signaal(nieuwBsn(), "huur", -5)), 400).body("detail", containsString("bedrag"));
        isProblem(meld(woonbron, signaal(nieuwBsn(), "huur", 2_000_000)), 400).body("detail", containsString("bedrag"));
        isProblem(meld(woonbron, signaal(nieuwBsn(), "gokschuld", 100)), 400).body("detail", containsString("soort"));
        assertEquals(voor, Beheerdatabase.kolom(telling).get(0), "nothing written");
    }

    @Test
    void alleenHetIntaketeamZietDeZaak() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        String zaak = zaakVan(meldOk(woonbron, signaal(nieuwBsn(), "huur", 300)));
        isProblem(
                Api.alsTeam(PROFESSIONAL, "ander-team")
                        .get("/vroegsignaalzaken/{id}", zaak)
                        .then(),
                404);
        isProblem(Api.als(BALIEMEDEWERKER).get("/vroegsignaalzaken/{id}", zaak).then(), 403);
        isProblem(
                Api.alsOrganisatie(PARTNER, woonbron)
                        .get("/vroegsignaalzaken/{id}", zaak)
                        .then(),
                403);
        zaak(zaak);
        assertTrue(
                Beheerdatabase.kolom(
                                "select count(*)::text from logboek where actie = 'vroegsignaalzaak-lezen'"
                                        + " and ? = any(inwoner_ids::text[])",
                                zaak(zaak).getString("inwonerId"))
                        .stream()
                        .anyMatch(aantal -> Integer.parseInt(aantal) >= 1),
                "the read is in the access log");
        // and in the resident's access request
        Api.als(nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS)
                .get("/inwoners/{id}/inzageverzoek", zaak(zaak).getString("inwonerId"))
                .then()
                .statusCode(200)
                .body("vroegsignaalzaken[0].id", is(zaak))
                .body("vroegsignaalzaken[0].signalen[0].soort", is("huur"));
    }

    @Test
    void deSignaalpartnerZietAlleenOntvangenOpgepaktOfAfgesloten() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        String bsn = nieuwBsn();
        String signaal = meldOk(woonbron, signaal(bsn, "huur", 900));
        String herhaling = meldOk(woonbron, signaal(bsn, "huur", 900));
        String zaak = zaakVan(signaal);
        assertEquals("ontvangen", statusVoorPartner(woonbron, signaal));
        // a repeat is not taken up again: closed, for its partner
        assertEquals("afgesloten", statusVoorPartner(woonbron, herhaling));
        isProblem(
                Api.alsOrganisatie(PARTNER, maakOrganisatie(uniek("Ander")))
                        .get("/signalen/{id}", signaal)
                        .then(),
                404);
        poging(zaak, Map.of("soort", "huisbezoek", "datum", Vandaag.nl().toString(), "bereikt", true))
                .statusCode(201);
        assertEquals("opgepakt", statusVoorPartner(woonbron, signaal));
        sluit(zaak, "niet-opgepakt-andere-reden").statusCode(200);
        assertEquals("afgesloten", statusVoorPartner(woonbron, signaal));
        // no outcome field, in the answer or in any of its events
        String antwoord = Api.alsOrganisatie(PARTNER, woonbron)
                .get("/signalen/{id}", signaal)
                .then()
                .extract()
                .asString();
        String feed = Api.alsOrganisatie(PARTNER, woonbron)
                .accept("application/cloudevents-batch+json")
                .queryParam("pageSize", 100)
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(feed.contains(signaal), "the signal's event is in the partner's feed");
        // the event points at the signal, where the partner reads its status
        assertTrue(feed.contains("/v1/signalen/" + signaal + "\""), "dataref of the signal's event: " + feed);
        for (String uitkomst : List.of(
                "andere-reden", "reden", "eindresultaat", "contactpoging", "bereikt", "huisbezoek", "opgepakt-")) {
            assertTrue(!antwoord.contains(uitkomst), uitkomst + " in " + antwoord);
            assertTrue(!feed.contains(uitkomst), uitkomst + " in the partner's feed");
        }
        assertEquals(
                List.of("id", "ontvangenOp", "status"),
                new java.util.TreeSet<>(io.restassured.path.json.JsonPath.from(antwoord)
                                .getMap("$")
                                .keySet())
                        .stream().toList());

        // the status changes, in a stream of their own: taken up, then closed; the repeat never changed
        String signaalstroom = signaalgebeurtenissen(woonbron, null).extract().asString();
        JsonPath stroom = JsonPath.from(signaalstroom);
        assertEquals(List.of("1", "2"), stroom.getList("sequence"));
        assertEquals(List.of(signaal, signaal), stroom.getList("subject"));
        assertEquals(
                List.of("nl.vraagwijzer.signaal.status-gewijzigd", "nl.vraagwijzer.signaal.status-gewijzigd"),
                stroom.getList("type"));
        assertEquals(List.of("ontvangen", "opgepakt"), stroom.getList("data.vorigeStatus"));
        assertEquals(List.of("opgepakt", "afgesloten"), stroom.getList("data.status"));
        assertEquals(
                List.of(Map.of("vorigeStatus", "opgepakt", "status", "afgesloten")),
                List.of(stroom.getMap("[1].data")));
        assertTrue(stroom.getString("[0].dataref").endsWith("/v1/signalen/" + signaal));
        assertTrue(stroom.getString("[0].dataschema").endsWith("SignaalStatusGewijzigdData"));
        for (String uitkomst :
                List.of("andere-reden", "reden", "eindresultaat", "contactpoging", "bereikt", "huisbezoek")) {
            assertTrue(!signaalstroom.contains(uitkomst), uitkomst + " in the partner's signal stream");
        }
        // read on after the last sequence seen; the next link says where
        signaalgebeurtenissen(woonbron, 1L).body("sequence", is(List.of("2")));
        signaalgebeurtenissen(woonbron, 2L).body("size()", is(0));
        assertTrue(
                signaalgebeurtenissen(woonbron, null).extract().header("Link").contains("vanaf=2"));
        // not in the stream of its work, whose clients know a closed list of types
        assertFalse(feed.contains("nl.vraagwijzer.signaal.status-gewijzigd"), feed);
        // another partner's stream has none of it
        signaalgebeurtenissen(maakOrganisatie(uniek("Ander")), null).body("size()", is(0));
        // only a partner reads a stream of signals
        isProblem(
                Api.alsTeam(PROFESSIONAL, INTAKE).get("/signaalgebeurtenissen").then(), 403);
    }

    public static ValidatableResponse signaalgebeurtenissen(UUID partner, Long vanaf) {
        var verzoek = Api.alsOrganisatie(PARTNER, partner).accept("application/cloudevents-batch+json");
        if (vanaf != null) {
            verzoek.queryParam("vanaf", vanaf);
        }
        return verzoek.get("/signaalgebeurtenissen").then().statusCode(200);
    }

    static String statusVoorPartner(UUID partner, String signaal) {
        return Api.alsOrganisatie(PARTNER, partner)
                .get("/signalen/{id}", signaal)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    void deVolgendePogingWordtAangeraden() {
        UUID eneco = maakOrganisatie(uniek("Eneco"));
        String zaak = zaakVan(meldOk(eneco, signaal(nieuwBsn(), "energie", 380)));
        LocalDate vandaag = Vandaag.nl();
        JsonPath eerst = zaak(zaak);
        assertEquals("brief", eerst.getString("volgendePoging.soort"));
        assertEquals(vandaag.toString(), eerst.getString("volgendePoging.datum"));
        // a letter that did not reach: a call the next working day, in the evening
        poging(zaak, Map.of("soort", "brief", "datum", vandaag.toString(), "bereikt", false))
                .statusCode(201)
                .body("volgendePoging.soort", is("telefoon"))
                .body(
                        "volgendePoging.datum",
                        is(Werkdagen.plusWerkdagen(vandaag, 1).toString()))
                .body("volgendePoging.dagdeel", is("avond"));
        // an evening call that did not reach: a visit, in the afternoon
        poging(zaak, Map.of("soort", "telefoon", "datum", vandaag.toString(), "tijd", "19:00", "bereikt", false))
                .statusCode(201)
                .body("volgendePoging.soort", is("huisbezoek"))
                .body("volgendePoging.dagdeel", is("middag"));
        // a visit announced, outcome open: the same kind three working days later
        poging(zaak, Map.of("soort", "huisbezoek", "datum", vandaag.toString()))
                .statusCode(201)
                .body("volgendePoging.soort", is("huisbezoek"))
                .body(
                        "volgendePoging.datum",
                        is(Werkdagen.plusWerkdagen(vandaag, 3).toString()));
        poging(zaak, Map.of("soort", "huisbezoek", "datum", vandaag.toString(), "bereikt", true))
                .statusCode(201)
                .body("volgendePoging", nullValue());
        // a crisis: a visit first
        Map<String, Object> crisis = signaal(nieuwBsn(), "huur", 2400);
        crisis.put("crisissignaal", true);
        assertEquals("huisbezoek", zaak(zaakVan(meldOk(eneco, crisis))).getString("volgendePoging.soort"));
    }

    @Test
    void eenGemeenteHeeftHaarEigenTermijn() {
        Map<String, Object> signaal = signaal(nieuwBsn(), "water", 210);
        @SuppressWarnings("unchecked")
        Map<String, Object> inwoner = (Map<String, Object>) signaal.get("inwoner");
        inwoner.put("adres", Map.of("straat", "Markt", "huisnummer", 3, "postcode", "6001AA", "plaats", "Weert"));
        String zaak = zaakVan(meldOk(maakOrganisatie(uniek("WML"), List.of("GM0505", "GM0988")), signaal));
        Api.namens(PROFESSIONAL, "vraagwijzer-weert", "GM0988")
                .get("/vroegsignaalzaken/{id}", zaak)
                .then()
                .statusCode(200)
                .body("team", is("vraagwijzer-weert"))
                .body(
                        "termijnDatum",
                        is(Werkdagen.plusWerkdagen(Vandaag.nl(), 5).toString()));
    }

    @Test
    void deWerklijstAlsExportEnGepseudonimiseerdVoorScripts() throws Exception {
        UUID eneco = maakOrganisatie(uniek("Eneco"));
        String bsn = nieuwBsn();
        String vandaag = Vandaag.nl().toString();
        String eerste = zaakVan(meldOk(eneco, signaal(bsn, "energie", 410)));
        poging(eerste, Map.of("soort", "telefoon", "datum", vandaag, "bereikt", true))
                .statusCode(201);
        String hulpvraag = sluit(eerste, "vervolghulp-financieel")
                .statusCode(200)
                .extract()
                .path("hulpvraagId");
        // a new signal after the case closed opens a new one, on the work list
        String zaak = zaakVan(meldOk(eneco, signaal(bsn, "energie", 900)));
        String inwoner = Beheerdatabase.kolom("select inwoner_id::text from vroegsignaalzaak where id = ?::uuid", zaak)
                .get(0);

        // scripts get the pseudonymised export only; staff only their own team's list
        isProblem(
                Api.als(RAPPORTAGE)
                        .accept("application/json")
                        .get("/vroegsignaalzaken")
                        .then(),
                406);
        // refused before a row went out: always the problem, never a reset connection (the export
        // once reset its connection on any failure, racing the 403 it was answering with)
        for (int i = 0; i < 40; i++) {
            isProblem(
                    Api.alsTeam(PROFESSIONAL, INTAKE)
                            .accept(i % 2 == 0 ? "text/csv" : "application/x-ndjson")
                            .queryParam("team", "dordrecht-west")
                            .get("/vroegsignaalzaken")
                            .then(),
                    403);
        }
        String csv = Api.alsTeam(PROFESSIONAL, INTAKE)
                .accept("text/csv")
                .get("/vroegsignaalzaken")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(
                csv.startsWith("id,inwonerId,team,wijk,crisis,matchingsdatum,termijnDatum,termijnVerlopen,"
                        + "datumOpgepakt,signalen,soorten,bedrag,contactpogingen,laatstePoging,bereikt,"
                        + "volgendePogingDatum,volgendePogingSoort,voorgesteldEindresultaat\r\n"),
                csv);
        assertTrue(csv.contains(zaak + "," + inwoner + "," + INTAKE + ",Wielwijk,false,"), csv);
        String ndjson = Api.alsTeam(PROFESSIONAL, INTAKE)
                .accept("application/x-ndjson")
                .get("/vroegsignaalzaken")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(ndjson.lines()
                .anyMatch(regel -> regel.contains("\"id\":\"" + zaak + "\"")
                        && regel.contains("\"volgendePogingSoort\":\"brief\"")));

        String rapport = Api.als(RAPPORTAGE)
                .accept("text/csv")
                .queryParam("team", INTAKE)
                .get("/vroegsignaalzaken")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(rapport.startsWith("id,inwonerPseudoniem,team,"), rapport);
        assertFalse(rapport.contains(inwoner), "no resident id for scripts");
        String pseudoniem = rapport.lines()
                .filter(regel -> regel.startsWith(zaak + ","))
                .findFirst()
                .orElseThrow()
                .split(",")[1];
        assertEquals(32, pseudoniem.length());
        // the same pseudonym as in the questions' export, so scripts can join the two
        String vragen = Api.als(RAPPORTAGE)
                .accept("text/csv")
                .queryParam("team", INTAKE)
                .queryParam("wettelijkKader", "schuldhulp")
                .get("/hulpvragen")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                vragen.lines().anyMatch(regel -> regel.startsWith(hulpvraag + ",") && regel.contains(pseudoniem)),
                vragen);
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie = 'vroegsignaalzaken-exporteren'"
                                + " and ?::uuid = any(inwoner_ids)",
                        inwoner)
                >= 2);
    }
}
