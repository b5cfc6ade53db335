package nl.vraagwijzer.fouten;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import nl.vraagwijzer.support.CloudEventControle;
import nl.vraagwijzer.support.CloudEventOntvanger;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A receiver's outage across a restart of the packaged service: what piled up while the receiver
 * was down and the service was stopped goes out after the restart, each event once, in order, and
 * with the sequence numbers it had (1 .. n, no gap, no repeat), because the subscription's place in
 * its stream lives in the database, not in the process.
 */
class HerstartIT extends Foutomgeving {

    private static final Map<String, String> INSTELLINGEN = Map.of(
            "vraagwijzer.webhooks.toegestaan", "http://127.0.0.1:*",
            "vraagwijzer.webhooks.interval", "0.2s",
            "vraagwijzer.webhooks.backoff-start", "PT0.2S",
            "vraagwijzer.webhooks.backoff-max", "PT0.5S",
            "vraagwijzer.gemeente.oin", "00000001000000505000");

    @Test
    void geenGatOfHerhalingInDeSequenceOverStoringEnHerstart() throws Exception {
        try (CloudEventOntvanger ontvanger = new CloudEventOntvanger()) {
            Dienst eerste = dienst("voor-herstart", INSTELLINGEN);
            UUID partner = UUID.fromString(eerste.api(Tokens.voor(BEHEERDER))
                    .body(organisatie(uniek("Herstart-partner")))
                    .post("/organisaties")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            String token = Tokens.voorOrganisatie(PARTNER, partner);
            eerste.api(token)
                    .body(Map.of("callbackUrl", ontvanger.url("/hook")))
                    .post("/abonnementen")
                    .then()
                    .statusCode(201);
            ontvanger.antwoord(503);
            for (int i = 0; i < 4; i++) {
                meldAan(eerste, token, i);
            }
            wacht(() -> ontvanger.pogingen("/hook").size() >= 2, "attempts during the outage");
            eerste.stopNetjes();
            assertTrue(eerste.wachtOpEinde(java.time.Duration.ofSeconds(30)), "the first process stopped");

            Dienst tweede = dienst("na-herstart", INSTELLINGEN);
            for (int i = 4; i < 8; i++) {
                meldAan(tweede, token, i);
            }
            ontvanger.antwoord(204);
            wacht(() -> ontvanger.geaccepteerd("/hook").size() >= 8, "all eight after the restart");
            Thread.sleep(1500);
            List<JsonNode> events = new ArrayList<>();
            ontvanger.geaccepteerd("/hook").forEach(v -> events.addAll(CloudEventControle.geldig(v.body())));
            assertEquals(LongStream.rangeClosed(1, 8).boxed().toList(), CloudEventControle.sequences(events));
            assertEquals(
                    8,
                    events.stream().map(e -> e.path("id").asText()).distinct().count(),
                    "each event once");
            // every failed attempt before the restart carried sequence 1, the first undelivered one
            ontvanger.pogingen("/hook").stream()
                    .filter(v -> !v.geaccepteerd())
                    .forEach(v -> assertEquals(
                            List.of(1L), CloudEventControle.sequences(CloudEventControle.geldig(v.body()))));
        }
    }

    private static void wacht(java.util.function.BooleanSupplier klaar, String wat) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(60);
        while (!klaar.getAsBoolean()) {
            if (Instant.now().isAfter(tot)) {
                throw new AssertionError("not within 60 s: " + wat);
            }
            Thread.sleep(200);
        }
    }
}
