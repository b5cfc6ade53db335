package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.support.CloudEventControle.geldig;
import static nl.vraagwijzer.support.CloudEventControle.hmacKlopt;
import static nl.vraagwijzer.support.CloudEventControle.jwsKlopt;
import static nl.vraagwijzer.support.CloudEventControle.sequences;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.CloudEventOntvanger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over real HTTP to a receiver on this machine that checks what a receiver built for
 * Dutch government events checks: every delivery a CloudEvent of the NL GOV profile without
 * personal data, signed with HMAC and a JWS the published JWKS verifies, and a sequence without gap
 * or repeat through outages, suspensions and resumes. The handshake, 410, 415 and 429 as the
 * webhook guideline has them.
 */
@QuarkusTest
class WebhookTest {

    /**
     * Open until every test ran: a subscription of an earlier test keeps being served, as a
     * partner's receiver would be, instead of leaving a port that no longer answers.
     */
    private static final List<CloudEventOntvanger> ontvangers = new ArrayList<>();

    @AfterAll
    static void stop() {
        ontvangers.forEach(CloudEventOntvanger::close);
    }

    CloudEventOntvanger ontvanger() {
        CloudEventOntvanger ontvanger = new CloudEventOntvanger();
        ontvangers.add(ontvanger);
        return ontvanger;
    }

    static void wachtTot(BooleanSupplier klaar, String wat) throws InterruptedException {
        Instant tot = Instant.now().plus(Duration.ofSeconds(20));
        while (!klaar.getAsBoolean()) {
            if (Instant.now().isAfter(tot)) {
                throw new AssertionError("not within 20 s: " + wat);
            }
            Thread.sleep(100);
        }
    }

    /** Subscribes with the given wishes. @return the answer's body (id, geheim, ...) */
    static Map<String, Object> abonneer(UUID partner, String callbackUrl, Map<String, Object> wensen) {
        Map<String, Object> body = new HashMap<>(wensen);
        body.put("callbackUrl", callbackUrl);
        return Api.alsOrganisatie(PARTNER, partner)
                .body(body)
                .post("/abonnementen")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    static String abonneer(UUID partner, String callbackUrl) {
        return (String) abonneer(partner, callbackUrl, Map.of()).get("geheim");
    }

    /** An event for the partner: its own push of a resident. @return the kenmerk (the event's subject) */
    static String gebeurtenis(UUID partner) {
        return aanmelding(partner, inwoner(null));
    }

    static String aanmelding(UUID partner, Map<String, Object> inwoner) {
        return Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("inwoner", inwoner, "omschrijving", "Aangemeld", "leefgebieden", List.of("justitie")))
                .post("/aanmeldingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void signaal(UUID partner) {
        Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "inwoner",
                        inwoner(null),
                        "soort",
                        "huur",
                        "bedrag",
                        800,
                        "sinds",
                        nl.vraagwijzer.support.Vandaag.nl().minusMonths(1).toString()))
                .post("/signalen")
                .then()
                .statusCode(201);
    }

    static Map<String, Object> abonnement(UUID partner) {
        return Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen")
                .then()
                .extract()
                .jsonPath()
                .getMap("[0]");
    }

    static String abonnementId(UUID partner) {
        return (String) abonnement(partner).get("id");
    }

    /** The sequences of the accepted deliveries, one CloudEvent each (each checked against the profile). */
    static List<Long> aanvaardeSequences(CloudEventOntvanger ontvanger, String pad) {
        List<JsonNode> events = new ArrayList<>();
        ontvanger.geaccepteerd(pad).forEach(verzoek -> events.addAll(geldig(verzoek.body())));
        return sequences(events);
    }

    @Test
    void eenTrageEnEenDodeOntvangerHoudenDeGezondeNietOp() throws Exception {
        UUID traag = maakOrganisatie(uniek("Traag"));
        UUID dood = maakOrganisatie(uniek("Dood"));
        UUID gezond = maakOrganisatie(uniek("Gezond"));
        CloudEventOntvanger trageOntvanger = ontvanger();
        CloudEventOntvanger gezondeOntvanger = ontvanger();
        CloudEventOntvanger dodeOntvanger = ontvanger();
        // 1.5 s per answer: well inside the test's delivery timeout of 2 s
        trageOntvanger.vertraag(Duration.ofMillis(1500));
        abonneer(traag, trageOntvanger.url("/traag"));
        abonneer(dood, dodeOntvanger.url("/dood"));
        // it agreed to the handshake, then went away: nothing listens at its address any more
        try (Connection sql = Beheerdatabase.verbinding();
                PreparedStatement weg = sql.prepareStatement(
                        "update abonnement set callback_url = 'http://127.0.0.1:1/dood' where organisatie_id = ?")) {
            weg.setObject(1, dood);
            assertEquals(1, weg.executeUpdate());
        }
        abonneer(gezond, gezondeOntvanger.url("/gezond"));
        for (int i = 0; i < 4; i++) {
            gebeurtenis(traag);
            gebeurtenis(dood);
        }
        Instant begin = Instant.now();
        for (int i = 0; i < 4; i++) {
            gebeurtenis(gezond);
        }
        wachtTot(() -> gezondeOntvanger.geaccepteerd("/gezond").size() >= 4, "four deliveries to the healthy receiver");
        Duration gezondKlaar = Duration.between(begin, Instant.now());
        assertEquals(List.of(1L, 2L, 3L, 4L), aanvaardeSequences(gezondeOntvanger, "/gezond"));
        // the slow receiver needs 6 s for its four; the healthy one does not wait for it
        assertTrue(gezondKlaar.compareTo(Duration.ofMillis(3000)) < 0, "healthy receiver waited " + gezondKlaar);
        assertTrue(trageOntvanger.geaccepteerd("/traag").size() < 4, "the slow receiver is still busy");
        wachtTot(() -> trageOntvanger.geaccepteerd("/traag").size() >= 4, "four deliveries to the slow receiver");
        Thread.sleep(1000);
        List<String> ids = trageOntvanger.geaccepteerd("/traag").stream()
                .map(verzoek -> verzoek.header(Webhookbezorging.GEBEURTENIS))
                .toList();
        assertEquals(4, ids.size(), "each event once: " + ids);
        assertEquals(4, ids.stream().distinct().count(), "each event once: " + ids);
        assertEquals(List.of(1L, 2L, 3L, 4L), aanvaardeSequences(trageOntvanger, "/traag"));
    }

    @Test
    void eenCloudEventVanHetProfielTweemaalOndertekendZonderPersoonsgegevens() throws Exception {
        UUID partner = maakOrganisatie(uniek("Ontvanger"));
        CloudEventOntvanger ontvanger = ontvanger();
        String geheim = abonneer(partner, ontvanger.url("/hook"));
        String bsn = nieuwBsn();
        Map<String, Object> inwoner = inwoner(bsn);
        inwoner.put("voornamen", "Zoë Anouk");
        inwoner.put("achternaam", "Verbruggen-Ćosić");
        String kenmerk = aanmelding(partner, inwoner);
        wachtTot(() -> ontvanger.geaccepteerd("/hook").size() == 1, "one delivery");
        CloudEventOntvanger.Verzoek verzoek = ontvanger.geaccepteerd("/hook").get(0);
        assertEquals("application/cloudevents+json", verzoek.header("Content-Type"));
        JsonNode event = geldig(
                        verzoek.body(),
                        bsn,
                        "Zoë",
                        "Verbruggen",
                        "Bosboom",
                        "3317AB",
                        "3317 ab",
                        "06 1234 5678",
                        "Aangemeld")
                .get(0);
        assertEquals("nl.vraagwijzer.aanmelding.ontvangen", event.path("type").asText());
        assertEquals(kenmerk, event.path("subject").asText());
        assertEquals(
                "urn:nld:oin:00000001000000505000:systeem:vraagwijzer",
                event.path("source").asText());
        assertEquals("1", event.path("sequence").asText());
        // no personal data in any header either
        verzoek.headers().values().forEach(waarden -> waarden.forEach(waarde -> assertTrue(!waarde.contains(bsn))));
        hmacKlopt(verzoek, geheim);
        String jwks =
                Api.anoniem().get("/sleutels").then().statusCode(200).extract().asString();
        assertEquals("vraagwijzer-2026-06", jwsKlopt(verzoek.body(), verzoek.header("X-Vraagwijzer-JWS"), jwks));
        // a body changed on the way fails the JWS
        assertThrowsAssertion(
                () -> jwsKlopt(verzoek.body().replace("\"1\"", "\"2\""), verzoek.header("X-Vraagwijzer-JWS"), jwks));
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}/afleveringen", abonnementId(partner))
                .then()
                .body("[0].gelukt", is(true))
                .body("[0].httpStatus", is(204));
        // the same event in the feed
        Api.alsOrganisatie(PARTNER, partner)
                .accept("application/cloudevents-batch+json")
                .get("/gebeurtenissen")
                .then()
                .body("[0].id", is(event.path("id").asText()))
                .body("[0].sequence", is("1"));
    }

    static void assertThrowsAssertion(Runnable controle) {
        try {
            controle.run();
        } catch (AssertionError verwacht) {
            return;
        }
        throw new AssertionError("a tampered body passed the JWS check");
    }

    @Test
    void gebundeldAlsDeOntvangerErOmVroeg() throws Exception {
        UUID partner = maakOrganisatie(uniek("Bundel"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(503); // hold them back, so that they go out together
        abonneer(partner, ontvanger.url("/bundel"), Map.of("mediaType", "application/cloudevents-batch+json"));
        for (int i = 0; i < 3; i++) {
            gebeurtenis(partner);
        }
        wachtTot(() -> !ontvanger.pogingen("/bundel").isEmpty(), "a first attempt");
        ontvanger.antwoord(200);
        wachtTot(() -> aanvaardeSequences(ontvanger, "/bundel").size() == 3, "three events");
        CloudEventOntvanger.Verzoek verzoek = ontvanger.geaccepteerd("/bundel").get(0);
        assertEquals("application/cloudevents-batch+json", verzoek.header("Content-Type"));
        assertTrue(verzoek.body().startsWith("["), verzoek.body());
        assertEquals(3, geldig(verzoek.body()).size(), "one request with all three: " + verzoek.body());
        assertEquals(List.of(1L, 2L, 3L), aanvaardeSequences(ontvanger, "/bundel"));
        String jwks = Api.anoniem().get("/sleutels").then().extract().asString();
        jwsKlopt(verzoek.body(), verzoek.header("X-Vraagwijzer-JWS"), jwks);
    }

    @Test
    void naEenStoringKomtAllesAlsnogOpVolgordeZonderGatOfHerhaling() throws Exception {
        UUID partner = maakOrganisatie(uniek("Soms onbereikbaar"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(503);
        abonneer(partner, ontvanger.url("/hook"));
        gebeurtenis(partner);
        gebeurtenis(partner);
        String id = abonnementId(partner);
        wachtTot(() -> ontvanger.pogingen("/hook").size() >= 2, "retries during the outage");
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}/afleveringen", id)
                .then()
                .body("[0].gelukt", is(false))
                .body("[0].fout", containsString("503"));
        // every retry of the first event carried the same sequence
        ontvanger.pogingen("/hook").forEach(poging -> assertEquals(List.of(1L), sequences(geldig(poging.body()))));

        ontvanger.antwoord(200);
        wachtTot(() -> ontvanger.geaccepteerd("/hook").size() >= 2, "delivery after the outage");
        Thread.sleep(500);
        assertEquals(List.of(1L, 2L), aanvaardeSequences(ontvanger, "/hook"));
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}", id)
                .then()
                .body("mislukkingen", is(0))
                .body("laatsteSequence", is(2));
    }

    @Test
    void opgeschortNaAanhoudendMislukkenEnDoorDeBeheerderHervat() throws Exception {
        UUID partner = maakOrganisatie(uniek("Langdurig onbereikbaar"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(500);
        abonneer(partner, ontvanger.url("/hook"));
        gebeurtenis(partner);
        String id = abonnementId(partner);
        // the test's opschorten-na is 1.5 s instead of 24 hours
        wachtTot(() -> "opgeschort".equals(abonnement(partner).get("status")), "suspended");
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}", id)
                .then()
                .body("actief", is(false))
                .body("reden", containsString("HTTP 500"));
        int pogingen = ontvanger.pogingen("/hook").size();
        assertTrue(pogingen >= 2, "retried before suspending: " + pogingen);
        Thread.sleep(1000);
        assertEquals(pogingen, ontvanger.pogingen("/hook").size(), "silence while suspended");
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}/afleveringen", id)
                .then()
                .body("[0].gelukt", is(false));

        // the functional admin sees it among every organisation's suspended subscriptions
        Api.als(BEHEERDER)
                .queryParam("status", "opgeschort")
                .queryParam("pageSize", 100)
                .get("/abonnementen")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("status", not(hasItem("actief")));
        // a partner's list is its own
        UUID ander = maakOrganisatie(uniek("Ander"));
        Api.alsOrganisatie(PARTNER, ander).get("/abonnementen").then().body("id", not(hasItem(id)));

        ontvanger.antwoord(200);
        gebeurtenis(partner); // missed while suspended
        Api.als(BEHEERDER)
                .post("/abonnementen/{id}/heractivering", id)
                .then()
                .statusCode(200)
                .body("status", is("actief"))
                .body("actief", is(true));
        wachtTot(() -> ontvanger.geaccepteerd("/hook").size() >= 2, "both events after resuming");
        assertEquals(List.of(1L, 2L), aanvaardeSequences(ontvanger, "/hook"), "in order, nothing lost");
    }

    @Test
    void vierhonderdtienBeeindigtHet() throws Exception {
        UUID partner = maakOrganisatie(uniek("Verdwenen"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(410);
        abonneer(partner, ontvanger.url("/weg"));
        gebeurtenis(partner);
        gebeurtenis(partner);
        String id = abonnementId(partner);
        wachtTot(() -> "beeindigd".equals(abonnement(partner).get("status")), "ended");
        assertTrue(((String) abonnement(partner).get("reden")).contains("410"));
        Thread.sleep(800);
        assertEquals(1, ontvanger.pogingen("/weg").size(), "no attempt after the 410");
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .post("/abonnementen/{id}/heractivering", id)
                                .then(),
                        409)
                .body("detail", containsString("beëindigd"));
    }

    @Test
    void vierhonderdvijftienSchortOpMetReden() throws Exception {
        UUID partner = maakOrganisatie(uniek("Verkeerd formaat"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(415);
        abonneer(partner, ontvanger.url("/formaat"));
        gebeurtenis(partner);
        String id = abonnementId(partner);
        wachtTot(() -> "opgeschort".equals(abonnement(partner).get("status")), "suspended");
        assertTrue(
                ((String) abonnement(partner).get("reden")).contains("415"),
                abonnement(partner).toString());
        assertEquals(1, ontvanger.pogingen("/formaat").size(), "suspended at once, no retries");
        ontvanger.antwoord(202);
        Api.alsOrganisatie(PARTNER, partner)
                .post("/abonnementen/{id}/heractivering", id)
                .then()
                .statusCode(200);
        wachtTot(() -> ontvanger.geaccepteerd("/formaat").size() == 1, "delivered after resuming");
        assertEquals(List.of(1L), aanvaardeSequences(ontvanger, "/formaat"));
    }

    @Test
    void vierhonderdnegenentwintigWachtZoLangAlsGevraagd() throws Exception {
        UUID partner = maakOrganisatie(uniek("Druk"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.antwoord(429, Map.of("Retry-After", "2"));
        abonneer(partner, ontvanger.url("/druk"));
        gebeurtenis(partner);
        wachtTot(() -> ontvanger.pogingen("/druk").size() == 1, "a first attempt");
        ontvanger.antwoord(204);
        wachtTot(() -> ontvanger.geaccepteerd("/druk").size() == 1, "delivery after the wait");
        List<CloudEventOntvanger.Verzoek> pogingen = ontvanger.pogingen("/druk");
        Duration gewacht =
                Duration.between(pogingen.get(0).tijd(), pogingen.get(1).tijd());
        // the test's backoff would have retried after 0.2 s
        assertTrue(gewacht.compareTo(Duration.ofMillis(1800)) >= 0, "waited " + gewacht);
    }

    @Test
    void deHanddrukBeslistOfErEenAbonnementKomt() {
        UUID partner = maakOrganisatie(uniek("Handdruk"));
        CloudEventOntvanger ontvanger = ontvanger();
        ontvanger.handdruk(null, null);
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .body(Map.of("callbackUrl", ontvanger.url("/weigert")))
                                .post("/abonnementen")
                                .then(),
                        400)
                .body("detail", containsString("WebHook-Allowed-Origin"));
        ontvanger.handdruk("andere.example.nl", null);
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .body(Map.of("callbackUrl", ontvanger.url("/ander")))
                                .post("/abonnementen")
                                .then(),
                        400)
                .body("detail", containsString("origin"));
        Api.alsOrganisatie(PARTNER, partner).get("/abonnementen").then().body("size()", is(0));

        // the origin named, and the rate: the lower of asked and allowed
        ontvanger.handdruk("localhost", "30");
        Map<String, Object> abonnement = abonneer(partner, ontvanger.url("/goed"), Map.of("verzoekfrequentie", 60));
        assertEquals(30, abonnement.get("verzoekfrequentie"));
        CloudEventOntvanger.Verzoek handdruk = ontvanger.verzoeken("/goed").get(0);
        assertEquals("OPTIONS", handdruk.methode());
        assertEquals("localhost", handdruk.header("WebHook-Request-Origin"));
        assertEquals("60", handdruk.header("WebHook-Request-Rate"));
    }

    @Test
    void filtersOpTypeEnOnderwerp() throws Exception {
        UUID partner = maakOrganisatie(uniek("Filteraar"));
        CloudEventOntvanger ontvanger = ontvanger();
        String kenmerk = gebeurtenis(partner);
        abonneer(partner, ontvanger.url("/signalen"), Map.of("typen", List.of("nl.vraagwijzer.signaal.ontvangen")));
        abonneer(partner, ontvanger.url("/een"), Map.of("onderwerp", kenmerk));
        gebeurtenis(partner);
        signaal(partner);
        signaal(partner);
        wachtTot(() -> ontvanger.geaccepteerd("/signalen").size() == 2, "two signals");
        Thread.sleep(800);
        List<JsonNode> signalen = new ArrayList<>();
        ontvanger.geaccepteerd("/signalen").forEach(v -> signalen.addAll(geldig(v.body())));
        assertTrue(signalen.stream().allMatch(e -> e.path("type").asText().equals("nl.vraagwijzer.signaal.ontvangen")));
        // a filtered subscription is a stream of its own: 1, 2
        assertEquals(List.of(1L, 2L), sequences(signalen));
        // nothing new happened to the one followed object
        assertEquals(0, ontvanger.geaccepteerd("/een").size());
    }

    @Test
    void ongeldigeFiltersWordenGeweigerdEnNietsVastgelegd() {
        UUID partner = maakOrganisatie(uniek("Onhandig"));
        UUID ander = maakOrganisatie(uniek("Andermans"));
        String vanAnder = gebeurtenis(ander);
        CloudEventOntvanger ontvanger = ontvanger();
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .body(Map.of(
                                        "callbackUrl", ontvanger.url("/x"), "typen", List.of("nl.vraagwijzer.geluk")))
                                .post("/abonnementen")
                                .then(),
                        400)
                .body("detail", containsString("typen"));
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .body(Map.of("callbackUrl", ontvanger.url("/x"), "onderwerp", vanAnder))
                                .post("/abonnementen")
                                .then(),
                        400)
                .body("detail", containsString("onderwerp"));
        List<Object> metNull = new ArrayList<>();
        metNull.add(null);
        isProblem(
                Api.alsOrganisatie(PARTNER, partner)
                        .body(Map.of("callbackUrl", ontvanger.url("/x"), "typen", metNull))
                        .post("/abonnementen")
                        .then(),
                400);
        Api.alsOrganisatie(PARTNER, partner).get("/abonnementen").then().body("size()", is(0));
        assertEquals(0, ontvanger.verzoeken("/x").size(), "no handshake for a refused request");
    }

    @Test
    void deOudeVormAlleenOpVerzoekEnMetZijnEinddatum() throws Exception {
        UUID partner = maakOrganisatie(uniek("Nog niet over"));
        CloudEventOntvanger ontvanger = ontvanger();
        abonneer(partner, ontvanger.url("/oud"), Map.of("mediaType", "application/json"));
        gebeurtenis(partner);
        wachtTot(() -> ontvanger.geaccepteerd("/oud").size() == 1, "one delivery");
        CloudEventOntvanger.Verzoek verzoek = ontvanger.geaccepteerd("/oud").get(0);
        assertEquals("application/json", verzoek.header("Content-Type"));
        assertTrue(verzoek.body().contains("\"soort\":\"aanmelding-ontvangen\""), verzoek.body());
        assertEquals("@1796515200", verzoek.header("Deprecation"));
        assertEquals("Wed, 30 Jun 2027 00:00:00 GMT", verzoek.header("Sunset"));
        assertTrue(verzoek.header("Link").contains("rel=\"deprecation\""), verzoek.header("Link"));
    }

    @Test
    void alleenToegestaneAdressenEnAlleenEigenAbonnementen() {
        UUID partner = maakOrganisatie(uniek("Nieuwsgierig"));
        isProblem(
                        Api.alsOrganisatie(PARTNER, partner)
                                .body(Map.of("callbackUrl", "https://aanvaller.example.com/x"))
                                .post("/abonnementen")
                                .then(),
                        400)
                .body("detail", containsString("callbackUrl"));
        Api.alsOrganisatie(PARTNER, partner).get("/abonnementen").then().body("size()", is(0));

        UUID ander = maakOrganisatie(uniek("Ander"));
        abonneer(ander, ontvanger().url("/hook"));
        String vanAnder = abonnementId(ander);
        isProblem(
                Api.alsOrganisatie(PARTNER, partner)
                        .get("/abonnementen/{id}", vanAnder)
                        .then(),
                404);
        isProblem(
                Api.alsOrganisatie(PARTNER, partner)
                        .delete("/abonnementen/{id}", vanAnder)
                        .then(),
                404);
        isProblem(
                Api.alsOrganisatie(PARTNER, partner)
                        .post("/abonnementen/{id}/heractivering", vanAnder)
                        .then(),
                404);
        isProblem(
                Api.alsOrganisatie(PARTNER, partner)
                        .get("/abonnementen/{id}/afleveringen", vanAnder)
                        .then(),
                404);
        Api.alsOrganisatie(PARTNER, ander)
                .delete("/abonnementen/{id}", vanAnder)
                .then()
                .statusCode(204);
    }
}
