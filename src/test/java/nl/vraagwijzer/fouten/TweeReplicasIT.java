package nl.vraagwijzer.fouten;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import nl.vraagwijzer.shared.security.Rollen;
import nl.vraagwijzer.support.CloudEventControle;
import nl.vraagwijzer.support.CloudEventOntvanger;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service on one database, as behind a load balancer: each event is
 * delivered once and in order, the feed reads the same through either, and a scheduled job runs
 * once per firing.
 */
class TweeReplicasIT extends Foutomgeving {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GEDRAAID = Pattern.compile("Job idempotentie-opruimen of (\\S+): ran on this replica");

    @Test
    void geenDubbeleAfleveringTakenEenmaalFeedOpVolgorde() throws Exception {
        CloudEventOntvanger ontvanger = new CloudEventOntvanger();
        try {
            Map<String, String> instellingen = Map.of(
                    "vraagwijzer.webhooks.toegestaan", "http://127.0.0.1:*",
                    "vraagwijzer.webhooks.interval", "0.2s",
                    "vraagwijzer.gemeente.oin", "00000001000000505000",
                    // the nightly clean-up every two seconds, so that both replicas fire it often
                    "vraagwijzer.idempotentie.opruimen", "*/2 * * * * ?");
            Dienst a = dienst("replica-a", instellingen);
            Dienst b = dienst("replica-b", instellingen);
            String pad = "/hook/" + UUID.randomUUID();
            UUID partner = UUID.fromString(a.api(Tokens.voor(Rollen.BEHEERDER))
                    .body(organisatie(uniek("Replica-partner")))
                    .post("/organisaties")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            String token = Tokens.voorOrganisatie(PARTNER, partner);
            a.api(token)
                    .body(Map.of("callbackUrl", ontvanger.url(pad)))
                    .post("/abonnementen")
                    .then()
                    .statusCode(201);
            int aantal = 30;
            for (int i = 0; i < aantal; i++) {
                meldAan(i % 2 == 0 ? a : b, token, i);
            }
            Instant tot = Instant.now().plusSeconds(30);
            while (ontvanger.geaccepteerd(pad).size() < aantal && Instant.now().isBefore(tot)) {
                Thread.sleep(200);
            }
            Thread.sleep(2000);
            List<JsonNode> events = new ArrayList<>();
            ontvanger.geaccepteerd(pad).forEach(verzoek -> events.addAll(CloudEventControle.geldig(verzoek.body())));
            List<Long> volgnummers = CloudEventControle.sequences(events);
            // each event once and in order, through two replicas: the sequence 1 .. 30 without gap or repeat
            assertEquals(LongStream.rangeClosed(1, aantal).boxed().toList(), volgnummers);

            // the feed is the same through either replica, in order and without gaps
            List<Long> viaA = feed(a, token);
            assertEquals(viaA, feed(b, token));
            assertEquals(volgnummers, viaA);

            // the clean-up fired on both replicas every two seconds, but ran once per firing: each
            // firing the database recorded ran on exactly one replica. The records are read first
            // and the logs a moment later, so that a firing claimed between the two reads has
            // logged its run too; runs of later firings are left out by their moment
            Thread.sleep(4000);
            List<Instant> vuurmomenten = new ArrayList<>();
            try (Connection connection = cluster.verbind();
                    Statement sql = connection.createStatement();
                    ResultSet rij = sql.executeQuery("select gepland_op from taakuitvoering"
                            + " where taak = 'idempotentie-opruimen' order by gepland_op")) {
                while (rij.next()) {
                    vuurmomenten.add(rij.getTimestamp(1).toInstant());
                }
            }
            Thread.sleep(1500);
            assertTrue(vuurmomenten.size() >= 2, "the job fired: " + vuurmomenten);
            Instant laatste = vuurmomenten.get(vuurmomenten.size() - 1);
            List<Instant> gedraaid = new ArrayList<>();
            for (Dienst replica : List.of(a, b)) {
                replica.logregels().stream()
                        .map(GEDRAAID::matcher)
                        .filter(Matcher::find)
                        .map(m -> Instant.parse(m.group(1)))
                        .filter(moment -> !moment.isAfter(laatste))
                        .forEach(gedraaid::add);
            }
            gedraaid.sort(null);
            assertEquals(vuurmomenten, gedraaid, "one run per firing across both replicas");
        } finally {
            ontvanger.close();
        }
    }

    private static List<Long> feed(Dienst dienst, String token) throws Exception {
        JsonNode pagina = JSON.readTree(dienst.api(token)
                .accept("application/cloudevents-batch+json")
                .queryParam("pageSize", 100)
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<Long> volgnummers = new ArrayList<>();
        pagina.forEach(
                gebeurtenis -> volgnummers.add(gebeurtenis.path("sequence").asLong()));
        return volgnummers;
    }
}
