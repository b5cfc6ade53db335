package nl.vraagwijzer.gebeurtenissen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Webhooks over real HTTP to a receiver on this machine, through outages and switch-offs. */
@QuarkusTest
class WebhookTest {

    static WireMockServer ontvanger;

    @BeforeAll
    static void start() {
        ontvanger = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        ontvanger.start();
    }

    @AfterAll
    static void stop() {
        ontvanger.stop();
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

    static String abonneer(UUID partner, String pad) {
        return Api.alsOrganisatie(PARTNER, partner)
                .body(Map.of("callbackUrl", ontvanger.baseUrl() + pad))
                .post("/abonnementen")
                .then()
                .statusCode(201)
                .extract()
                .path("geheim");
    }

    /** An event for the partner: its own push of a resident. */
    static void gebeurtenis(UUID partner) {
        Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "inwoner", inwoner(null), "omschrijving", "Aangemeld", "leefgebieden", List.of("justitie")))
                .post("/aanmeldingen")
                .then()
                .statusCode(201);
    }

    static List<LoggedRequest> ontvangen(String pad) {
        return ontvanger.findAll(postRequestedFor(urlEqualTo(pad)));
    }

    static String abonnementId(UUID partner) {
        return Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen")
                .then()
                .extract()
                .path("[0].id");
    }

    @Test
    void eenTrageEnEenDodeOntvangerHoudenDeGezondeNietOp() throws Exception {
        UUID traag = maakOrganisatie(uniek("Traag"));
        UUID dood = maakOrganisatie(uniek("Dood"));
        UUID gezond = maakOrganisatie(uniek("Gezond"));
        String traagPad = "/traag/" + UUID.randomUUID();
        String gezondPad = "/gezond/" + UUID.randomUUID();
        // 1.5 s per answer: well inside the test's delivery timeout of 2 s
        ontvanger.stubFor(post(urlEqualTo(traagPad))
                .willReturn(aResponse().withStatus(204).withFixedDelay(1500)));
        ontvanger.stubFor(post(urlEqualTo(gezondPad)).willReturn(aResponse().withStatus(204)));
        abonneer(traag, traagPad);
        Api.alsOrganisatie(PARTNER, dood)
                .body(Map.of("callbackUrl", "http://127.0.0.1:1/dood"))
                .post("/abonnementen")
                .then()
                .statusCode(201);
        abonneer(gezond, gezondPad);
        for (int i = 0; i < 4; i++) {
            gebeurtenis(traag);
            gebeurtenis(dood);
        }
        Instant begin = Instant.now();
        for (int i = 0; i < 4; i++) {
            gebeurtenis(gezond);
        }
        wachtTot(() -> ontvangen(gezondPad).size() == 4, "four deliveries to the healthy receiver");
        Duration gezondKlaar = Duration.between(begin, Instant.now());
        // the slow receiver needs 6 s for its four; the healthy one does not wait for it
        assertTrue(gezondKlaar.compareTo(Duration.ofMillis(3000)) < 0, "healthy receiver waited " + gezondKlaar);
        assertTrue(ontvangen(traagPad).size() < 4, "the slow receiver is still busy");
        wachtTot(() -> ontvangen(traagPad).size() >= 4, "four deliveries to the slow receiver");
        Thread.sleep(1000);
        List<String> ids = ontvangen(traagPad).stream()
                .map(verzoek -> verzoek.getHeader("X-Vraagwijzer-Gebeurtenis"))
                .toList();
        assertEquals(4, ids.size(), "each event once: " + ids);
        assertEquals(4, ids.stream().distinct().count(), "each event once: " + ids);
    }

    @Test
    void afleveringMetHandtekening() throws Exception {
        UUID partner = maakOrganisatie(uniek("Ontvanger"));
        String pad = "/hook/" + UUID.randomUUID();
        ontvanger.stubFor(post(urlEqualTo(pad)).willReturn(aResponse().withStatus(204)));
        String geheim = abonneer(partner, pad);
        gebeurtenis(partner);
        wachtTot(() -> ontvangen(pad).size() == 1, "one delivery");
        LoggedRequest verzoek = ontvangen(pad).get(0);
        assertEquals(
                "sha256=" + Webhookbezorging.hmac(geheim, verzoek.getBodyAsString()),
                verzoek.getHeader(Webhookbezorging.HANDTEKENING));
        assertEquals(
                "aanmelding-ontvangen",
                new ObjectMapper()
                        .readTree(verzoek.getBodyAsString())
                        .path("soort")
                        .asText());
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}/afleveringen", abonnementId(partner))
                .then()
                .body("[0].gelukt", is(true))
                .body("[0].httpStatus", is(204));
    }

    @Test
    void naEenStoringKomtAllesAlsnogOpVolgorde() throws Exception {
        UUID partner = maakOrganisatie(uniek("Soms onbereikbaar"));
        String pad = "/hook/" + UUID.randomUUID();
        ontvanger.stubFor(post(urlEqualTo(pad)).willReturn(aResponse().withStatus(503)));
        abonneer(partner, pad);
        gebeurtenis(partner);
        gebeurtenis(partner);
        String id = abonnementId(partner);
        wachtTot(() -> ontvangen(pad).size() >= 2, "retries during the outage");
        Api.alsOrganisatie(PARTNER, partner)
                .get("/abonnementen/{id}/afleveringen", id)
                .then()
                .body("[0].gelukt", is(false))
                .body("[0].fout", containsString("503"));

        ontvanger.stubFor(post(urlEqualTo(pad)).willReturn(aResponse().withStatus(200)));
        ontvanger.resetRequests();
        wachtTot(
                () -> Api.alsOrganisatie(PARTNER, partner)
                                        .get("/abonnementen/{id}", id)
                                        .then()
                                        .extract()
                                        .<Integer>path("mislukkingen")
                                == 0
                        && ontvangen(pad).size() >= 2,
                "delivery after the outage");
        List<Long> volgnummers = ontvangen(pad).stream()
                .map(verzoek -> leesVolgnummer(verzoek.getBodyAsString()))
                .distinct()
                .toList();
        assertEquals(2, volgnummers.size());
        assertTrue(volgnummers.get(0) < volgnummers.get(1), "in order: " + volgnummers);
    }

    @Test
    void uitgeschakeldNaHerhaaldMislukkenEnHeractiveerbaar() throws Exception {
        UUID partner = maakOrganisatie(uniek("Langdurig onbereikbaar"));
        String pad = "/hook/" + UUID.randomUUID();
        ontvanger.stubFor(post(urlEqualTo(pad)).willReturn(aResponse().withStatus(500)));
        abonneer(partner, pad);
        gebeurtenis(partner);
        String id = abonnementId(partner);
        wachtTot(
                () -> !Api.alsOrganisatie(PARTNER, partner)
                        .get("/abonnementen/{id}", id)
                        .then()
                        .extract()
                        .<Boolean>path("actief"),
                "switched off");
        int pogingen = ontvangen(pad).size();
        assertEquals(4, pogingen, "max-mislukkingen attempts, then silence");

        ontvanger.stubFor(post(urlEqualTo(pad)).willReturn(aResponse().withStatus(200)));
        gebeurtenis(partner);
        Api.alsOrganisatie(PARTNER, partner)
                .post("/abonnementen/{id}/heractivering", id)
                .then()
                .statusCode(200)
                .body("actief", is(true));
        wachtTot(() -> ontvangen(pad).size() >= pogingen + 2, "both events after re-enabling");
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
        abonneer(ander, "/hook/" + UUID.randomUUID());
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

    private static long leesVolgnummer(String body) {
        try {
            return new ObjectMapper().readTree(body).path("volgnummer").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
