package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.gebeurtenissen.WebhookTest.wachtTot;
import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.CloudEventControle.geldig;
import static nl.vraagwijzer.support.CloudEventControle.hmacKlopt;
import static nl.vraagwijzer.support.CloudEventControle.jwsKlopt;
import static nl.vraagwijzer.support.CloudEventControle.sequences;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VerwijzingData.geefToestemming;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.meldOk;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.poging;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.signaal;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.signaalgebeurtenissen;
import static nl.vraagwijzer.vroegsignalering.VroegsignaleringTest.zaakVan;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.LongStream;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.CloudEventOntvanger;
import nl.vraagwijzer.support.Contractcontrole;
import nl.vraagwijzer.support.Vandaag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A gemeente's own systems (role {@code gemeentesysteem}, one gemeente in the token) subscribe to
 * every event of their gemeente, questions included, and to nothing of another gemeente; each
 * manages only its own subscriptions and reads no personal data. Partners keep receiving only the
 * events about their own work.
 */
@QuarkusTest
class GemeentesysteemTest {

    private static final String DORDRECHT = "GM0505";
    private static final String WEERT = "GM0988";
    private static final String DORDRECHT_BRON = "urn:nld:oin:00000001000000505000:systeem:vraagwijzer";

    private static final List<CloudEventOntvanger> ontvangers = new ArrayList<>();

    @AfterAll
    static void stop() {
        ontvangers.forEach(CloudEventOntvanger::close);
    }

    static CloudEventOntvanger ontvanger() {
        CloudEventOntvanger ontvanger = new CloudEventOntvanger();
        ontvangers.add(ontvanger);
        return ontvanger;
    }

    static String systeem() {
        return "zaaksysteem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Subscribes as the system. @return the answer's body */
    static Map<String, Object> abonneer(
            String systeem, String gemeente, String callbackUrl, Map<String, Object> wensen) {
        Map<String, Object> body = new HashMap<>(wensen);
        body.put("callbackUrl", callbackUrl);
        return Api.alsGemeentesysteem(systeem, gemeente)
                .body(body)
                .post("/gemeenteabonnementen")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    /** A partner that serves Dordrecht and Weert, with a service to refer to. */
    static UUID partnerInBeideGemeenten() {
        return nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie(
                uniek("Schuldhulp regio"), List.of(DORDRECHT, WEERT));
    }

    /** The partner's push of a resident of {@code gemeente}. @return the kenmerk */
    static String aanmelding(UUID partner, String gemeente, Map<String, Object> inwoner) {
        return Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "inwoner",
                        inwoner,
                        "omschrijving",
                        "Aangemeld door de regio",
                        "leefgebieden",
                        List.of("financien"),
                        "gemeente",
                        gemeente))
                .post("/aanmeldingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static List<JsonNode> events(CloudEventOntvanger ontvanger, String pad, String... verboden) {
        List<JsonNode> events = new ArrayList<>();
        ontvanger.geaccepteerd(pad).forEach(verzoek -> events.addAll(geldig(verzoek.body(), verboden)));
        return events;
    }

    /** A problem+json answer with {@code status} whose detail names each of {@code genoemd}. */
    static void weigert(Response antwoord, int status, String... genoemd) {
        ValidatableResponse controle = isProblem(antwoord.then(), status);
        for (String naam : genoemd) {
            controle.body("detail", containsString(naam));
        }
    }

    static long aantal(String sql) throws Exception {
        try (Connection verbinding = Beheerdatabase.verbinding();
                Statement opdracht = verbinding.createStatement();
                ResultSet rij = opdracht.executeQuery(sql)) {
            rij.next();
            return rij.getLong(1);
        }
    }

    @Test
    void eenSysteemKrijgtElkeGebeurtenisVanDeEigenGemeenteEnNietsVanEenAndere() throws Exception {
        UUID partner = partnerInBeideGemeenten();
        UUID dienst = maakDienst(partner, "Schuldhulpverlening", List.of("financien"), List.of());
        CloudEventOntvanger ontvanger = ontvanger();
        String systeem = systeem();
        Map<String, Object> abonnement = abonneer(systeem, DORDRECHT, ontvanger.url("/zaaksysteem"), Map.of());
        assertEquals(DORDRECHT, abonnement.get("gemeente"));
        assertEquals(systeem, abonnement.get("systeem"));
        assertFalse(abonnement.containsKey("organisatieId"), "a system's subscription names no organisation");
        String geheim = (String) abonnement.get("geheim");
        CloudEventOntvanger partnerOntvanger = ontvanger();
        Api.alsOrganisatie(PARTNER, partner)
                .body(Map.of("callbackUrl", partnerOntvanger.url("/partner")))
                .post("/abonnementen")
                .then()
                .statusCode(201);

        // at the front desk of Dordrecht: a question, its status, a referral, the partner's answer
        String bsn = nieuwBsn();
        String team = uniekTeam();
        UUID inwoner = maakInwoner(bsn);
        UUID hulpvraag = maakHulpvraag(inwoner, team);
        Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "in-behandeling"))
                .post("/hulpvragen/{id}/statuswijzigingen", hulpvraag)
                .then()
                .statusCode(200);
        String toestemming = geefToestemming(team, inwoner, partner);
        String verwijzing = Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "hulpvraagId", hulpvraag.toString(),
                        "dienstId", dienst.toString(),
                        "reden", "Huurachterstand",
                        "toestemmingId", toestemming,
                        "gedeeld", Map.of("samenvatting", "Huurachterstand", "leefgebieden", List.of("financien"))))
                .post("/verwijzingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.alsOrganisatie(PARTNER, partner)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ontvangen"))
                .post("/verwijzingen/{id}/statuswijzigingen", verwijzing)
                .then()
                .statusCode(200);
        // the partner's pushes: one for Weert, which the system of Dordrecht never sees, then one for Dordrecht
        Map<String, Object> inWeert = inwoner(nieuwBsn());
        inWeert.put("adres", Map.of("straat", "Markt", "huisnummer", 1, "postcode", "6001 AA", "plaats", "Weert"));
        String kenmerkWeert = aanmelding(partner, WEERT, inWeert);
        String kenmerkDordrecht = aanmelding(partner, DORDRECHT, inwoner(nieuwBsn()));

        wachtTot(
                () -> events(ontvanger, "/zaaksysteem").stream()
                        .anyMatch(e -> e.path("subject").asText().equals(kenmerkDordrecht)),
                "the last event of Dordrecht reaches its system");
        List<JsonNode> events = events(ontvanger, "/zaaksysteem", bsn, "Huurachterstand", "Aangemeld door de regio");
        Set<String> typen = new TreeSet<>();
        events.forEach(event -> {
            assertEquals(DORDRECHT_BRON, event.path("source").asText(), "only Dordrecht's events: " + event);
            assertFalse(event.path("subject").asText().equals(kenmerkWeert), "nothing of Weert: " + event);
            typen.add(event.path("type").asText());
        });
        assertEquals(
                new TreeSet<>(List.of(
                        "nl.vraagwijzer.hulpvraag.geregistreerd",
                        "nl.vraagwijzer.hulpvraag.status-gewijzigd",
                        "nl.vraagwijzer.verwijzing.verzonden",
                        "nl.vraagwijzer.verwijzing.status-gewijzigd",
                        "nl.vraagwijzer.aanmelding.ontvangen")),
                typen);
        // a sequence of its own, from 1 without gap or repeat
        assertEquals(LongStream.rangeClosed(1, events.size()).boxed().toList(), sequences(events), "gap-free sequence");
        JsonNode statuswijziging = events.stream()
                .filter(e -> e.path("type").asText().equals("nl.vraagwijzer.hulpvraag.status-gewijzigd"))
                .findFirst()
                .orElseThrow();
        assertEquals(hulpvraag.toString(), statuswijziging.path("subject").asText());
        assertTrue(statuswijziging.path("dataref").asText().endsWith("/v1/hulpvragen/" + hulpvraag));
        assertEquals("nieuw", statuswijziging.path("data").path("vorigeStatus").asText());
        assertEquals(
                "in-behandeling", statuswijziging.path("data").path("status").asText());
        assertTrue(statuswijziging
                .path("dataschema")
                .asText()
                .endsWith("/openapi.json#/components/schemas/HulpvraagStatusGewijzigdData"));
        CloudEventOntvanger.Verzoek verzoek =
                ontvanger.geaccepteerd("/zaaksysteem").get(0);
        hmacKlopt(verzoek, geheim);
        jwsKlopt(
                verzoek.body(),
                verzoek.header("X-Vraagwijzer-JWS"),
                Api.anoniem().get("/sleutels").then().extract().asString());

        // the partner: its own work only, never the questions
        wachtTot(
                () -> events(partnerOntvanger, "/partner").stream()
                        .anyMatch(e -> e.path("subject").asText().equals(kenmerkDordrecht)),
                "the partner's last event");
        events(partnerOntvanger, "/partner")
                .forEach(event -> assertFalse(
                        event.path("type").asText().startsWith("nl.vraagwijzer.hulpvraag."),
                        "a question's event reached a partner: " + event));
        Api.alsOrganisatie(PARTNER, partner)
                .accept("application/cloudevents-batch+json")
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .body("type", not(hasItem("nl.vraagwijzer.hulpvraag.geregistreerd")))
                .body("subject", hasItem(kenmerkWeert));

        Api.alsGemeentesysteem(systeem, DORDRECHT)
                .get("/gemeenteabonnementen/{id}/afleveringen", abonnement.get("id"))
                .then()
                .statusCode(200)
                .body("[0].gelukt", is(true));
        // unsubscribed, nothing more goes out to it
        Api.alsGemeentesysteem(systeem, DORDRECHT)
                .delete("/gemeenteabonnementen/{id}", abonnement.get("id"))
                .then()
                .statusCode(204);
    }

    @Test
    void elkSysteemBeheertAlleenDeEigenAbonnementen() {
        CloudEventOntvanger ontvanger = ontvanger();
        String systeem = systeem();
        String id = (String)
                abonneer(systeem, DORDRECHT, ontvanger.url("/eigen"), Map.of()).get("id");
        String ander = systeem();
        Api.alsGemeentesysteem(systeem, DORDRECHT)
                .get("/gemeenteabonnementen")
                .then()
                .statusCode(200)
                .body("id", is(List.of(id)));
        // another system of the same gemeente, a system of another gemeente, a partner: it does not exist for them
        weigert(Api.alsGemeentesysteem(ander, DORDRECHT).get("/gemeenteabonnementen/{id}", id), 404);
        Api.alsGemeentesysteem(ander, DORDRECHT)
                .get("/gemeenteabonnementen")
                .then()
                .body("id", not(hasItem(id)));
        weigert(Api.alsGemeentesysteem(systeem, WEERT).get("/gemeenteabonnementen/{id}", id), 404);
        weigert(Api.alsGemeentesysteem(ander, DORDRECHT).delete("/gemeenteabonnementen/{id}", id), 404);
        weigert(Api.alsGemeentesysteem(ander, DORDRECHT).post("/gemeenteabonnementen/{id}/heractivering", id), 404);
        weigert(Api.alsGemeentesysteem(ander, DORDRECHT).get("/gemeenteabonnementen/{id}/afleveringen", id), 404);
        weigert(Api.alsOrganisatie(PARTNER, UUID.randomUUID()).get("/abonnementen/{id}", id), 404);
        // the functional admin sees it where systems' subscriptions are, not among the partners'
        Api.als(BEHEERDER)
                .queryParam("pageSize", 100)
                .get("/gemeenteabonnementen")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        Api.als(BEHEERDER)
                .get("/gemeenteabonnementen/{id}", id)
                .then()
                .statusCode(200)
                .body("systeem", is(systeem));
        weigert(Api.als(BEHEERDER).get("/abonnementen/{id}", id), 404);
        // the functional admin of another gemeente does not see it: the database seals it to Dordrecht
        weigert(Api.namens(BEHEERDER, null, WEERT).get("/gemeenteabonnementen/{id}", id), 404);
        Api.namens(BEHEERDER, null, WEERT)
                .queryParam("pageSize", 100)
                .get("/gemeenteabonnementen")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        Api.alsGemeentesysteem(systeem, DORDRECHT)
                .delete("/gemeenteabonnementen/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void eenSysteemNoemtPreciesEenGemeenteEnKrijgtAlleenCloudEvents() throws Exception {
        CloudEventOntvanger ontvanger = ontvanger();
        String url = ontvanger.url("/weigering");
        long voor = aantal("select count(*) from abonnement");
        Map<String, Object> body = Map.of("callbackUrl", url);
        weigert(
                Api.alsGemeentesysteem(systeem()).body(body).post("/gemeenteabonnementen"),
                403,
                "precies één gemeente");
        weigert(
                Api.alsGemeentesysteem(systeem(), DORDRECHT, WEERT).body(body).post("/gemeenteabonnementen"),
                403,
                "precies één gemeente");
        weigert(
                Api.alsGemeentesysteem(systeem(), DORDRECHT)
                        .body(Map.of("callbackUrl", url, "mediaType", "application/json"))
                        .post("/gemeenteabonnementen"),
                400,
                "mediaType");
        // a question of Weert is no subject the system of Dordrecht may follow
        UUID partner = partnerInBeideGemeenten();
        String kenmerkWeert = aanmelding(partner, WEERT, inwoner(nieuwBsn()));
        UUID vraagWeert = UUID.fromString(Api.namens(BALIEMEDEWERKER, null, WEERT)
                .queryParam("pageSize", 100)
                .get("/hulpvragen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("[0].id"));
        weigert(
                Api.alsGemeentesysteem(systeem(), DORDRECHT)
                        .body(Map.of("callbackUrl", url, "onderwerp", vraagWeert.toString()))
                        .post("/gemeenteabonnementen"),
                400,
                "onderwerp");
        weigert(
                Api.alsGemeentesysteem(systeem(), DORDRECHT)
                        .body(Map.of("callbackUrl", url, "onderwerp", kenmerkWeert))
                        .post("/gemeenteabonnementen"),
                400,
                "onderwerp");
        // a partner cannot ask for a question's events: they are not in its list of types
        weigert(
                Api.alsOrganisatie(PARTNER, partner)
                        .body(Map.of("callbackUrl", url, "typen", List.of("nl.vraagwijzer.hulpvraag.geregistreerd")))
                        .post("/abonnementen"),
                400,
                "typen");
        assertEquals(voor, aantal("select count(*) from abonnement"), "nothing written");
        // the system of Weert may follow it
        Map<String, Object> gevolgd = abonneer(systeem(), WEERT, url, Map.of("onderwerp", vraagWeert.toString()));
        assertEquals(vraagWeert.toString(), gevolgd.get("onderwerp"));
        assertEquals(WEERT, gevolgd.get("gemeente"));
        assertTrue(gevolgd.get("typen") == null);
    }

    @Test
    void eenSysteemLeestGeenPersoonsgegevensEnGeenPartnerwerk() {
        UUID hulpvraag = maakHulpvraag(maakInwoner(), uniekTeam());
        String systeem = systeem();
        weigert(Api.alsGemeentesysteem(systeem, DORDRECHT).get("/hulpvragen/{id}", hulpvraag), 403, "baliemedewerker");
        weigert(Api.alsGemeentesysteem(systeem, DORDRECHT).get("/inwoners/{id}", UUID.randomUUID()), 403);
        weigert(Api.alsGemeentesysteem(systeem, DORDRECHT).get("/gebeurtenissen"), 403, "partner");
        weigert(Api.alsGemeentesysteem(systeem, DORDRECHT).get("/abonnementen"), 403, "partner");
        weigert(Api.alsOrganisatie(PARTNER, UUID.randomUUID()).get("/gemeenteabonnementen"), 403, "gemeentesysteem");
        weigert(Api.als(BALIEMEDEWERKER).get("/gemeenteabonnementen"), 403, "gemeentesysteem");
    }

    /**
     * A signal's status changes go to its partner's signal stream only, never to the gemeente's
     * systems, whose generated clients know a closed list of types.
     */
    @Test
    void deSignaalstroomVanEenPartnerBlijftBijDiePartner() throws Exception {
        CloudEventOntvanger ontvanger = ontvanger();
        abonneer(systeem(), DORDRECHT, ontvanger.url("/signalen"), Map.of());
        UUID woonbron = nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie(uniek("Woonbron"));
        String signaal = meldOk(woonbron, signaal(nieuwBsn(), "huur", 900));
        poging(zaakVan(signaal), Map.of("soort", "brief", "datum", Vandaag.nl().toString(), "bereikt", false))
                .statusCode(201);
        // a later event of the gemeente: once it arrives, everything before it has been delivered
        String later = meldOk(woonbron, signaal(nieuwBsn(), "energie", 300));
        wachtTot(
                () -> events(ontvanger, "/signalen").stream()
                        .anyMatch(e -> e.path("subject").asText().equals(later)),
                "the later signal reaches the system");
        List<String> typen = events(ontvanger, "/signalen").stream()
                .map(e -> e.path("type").asText())
                .toList();
        assertTrue(typen.contains("nl.vraagwijzer.signaal.ontvangen"), typen.toString());
        assertFalse(typen.contains("nl.vraagwijzer.signaal.status-gewijzigd"), typen.toString());
        // yet the change was written, in the partner's stream
        signaalgebeurtenissen(woonbron, null)
                .body("type", is(List.of("nl.vraagwijzer.signaal.status-gewijzigd")))
                .body("subject", is(List.of(signaal)));
    }

    /**
     * Every type in code is in the systems' list of the contract or in the open list of the
     * signal stream; the partners' list lacks the questions'.
     */
    @Test
    void deTypenInCodeZijnDieVanHetContract() {
        List<String> gemeente = new ArrayList<>();
        Contractcontrole.bron()
                .at("/components/schemas/Gemeentegebeurtenistype/enum")
                .forEach(type -> gemeente.add(type.asText()));
        List<String> partner = new ArrayList<>();
        Contractcontrole.bron()
                .at("/components/schemas/Gebeurtenistype/enum")
                .forEach(type -> partner.add(type.asText()));
        List<String> signaalstroom = new ArrayList<>();
        Contractcontrole.bron()
                .at("/components/schemas/Signaalgebeurtenistype/x-bekende-typen")
                .forEach(type -> signaalstroom.add(type.asText()));
        assertEquals(List.of("nl.vraagwijzer.signaal.status-gewijzigd"), signaalstroom);
        Contractcontrole.bron()
                .at("/components/schemas/Plangebeurtenistype/x-bekende-typen")
                .forEach(type -> signaalstroom.add(type.asText()));
        assertEquals(
                Arrays.stream(Gebeurtenistype.values())
                        .map(Gebeurtenistype::type)
                        .toList(),
                java.util.stream.Stream.concat(gemeente.stream(), signaalstroom.stream())
                        .toList());
        assertEquals(
                gemeente.stream()
                        .filter(type -> !type.startsWith("nl.vraagwijzer.hulpvraag."))
                        .toList(),
                partner);
    }
}
