package nl.vraagwijzer.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One scenario of the benchmark at a fixed arrival rate (open model: requests keep arriving at the
 * rate whatever the latency, so a slow server shows as latency, not as a lower rate). Chosen with
 * {@code -Dscenario=}, {@code -Dtarief=} (requests per second) and {@code -Dduur=} (seconds); with
 * {@code -Dgelijktijdig=N} instead a closed model of N users sending one request after the other,
 * for the throughput that pgbench is held against at the same concurrency. {@code bench/run.sh} sets them and the tokens ({@code BENCH_*} in the environment).
 */
public class Vraagwijzer extends Simulation {

    private static final String BASIS = System.getenv().getOrDefault("BENCH_BASIS", "http://127.0.0.1:8089");
    private static final String TEAMLEIDER = System.getenv("BENCH_TEAMLEIDER");
    private static final String BALIE = System.getenv("BENCH_BALIE");
    private static final String PARTNER = System.getenv("BENCH_PARTNER");
    private static final List<String> INWONERS =
            List.of(System.getenv().getOrDefault("BENCH_INWONERS", "").split(","));

    private static String inwoner() {
        return INWONERS.get(ThreadLocalRandom.current().nextInt(INWONERS.size()));
    }


    /** The read scenarios from {@code bench/lezen.tsv} (one source for Gatling and the SQL capture). */
    private static Map<String, ChainBuilder> lezen() {
        Map<String, ChainBuilder> lezen = new HashMap<>();
        try {
            for (String regel : Files.readAllLines(Path.of(System.getProperty("lezen", "lezen.tsv")))) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] veld = regel.split("\t");
                String token = System.getenv("BENCH_" + veld[1]);
                lezen.put(veld[0], CoreDsl.exec(http(veld[0])
                        .get(sessie -> veld[2].replace("{inwoner}", inwoner()))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", veld[3])
                        .check(status().is(200))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lezen;
    }

    private static final Map<String, ChainBuilder> SCENARIOS = new HashMap<>(lezen());

    static {
        SCENARIOS.putAll(schrijven());
    }

    private static Map<String, ChainBuilder> schrijven() {
        return Map.of(
            "nieuweHulpvraag",
            CoreDsl.exec(http("hulpvraag registreren")
                    .post("/v1/hulpvragen")
                    .header("Authorization", "Bearer " + BALIE)
                    .header("Content-Type", "application/json")
                    .body(StringBody(sessie -> "{\"inwonerId\":\"" + inwoner() + "\",\"kanaal\":\"balie\","
                            + "\"omschrijving\":\"Rekeningen stapelen zich op\",\"leefgebieden\":[\"financien\"],"
                            + "\"wettelijkKader\":\"schuldhulp\",\"team\":\"team-1\"}"))
                    .check(status().is(201))),
            "signaal",
            CoreDsl.exec(http("signaal van een partner")
                    .post("/v1/signalen")
                    .header("Authorization", "Bearer " + PARTNER)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", sessie -> UUID.randomUUID().toString())
                    .body(StringBody(sessie -> "{\"gemeente\":\"GM0988\",\"inwoner\":{\"voornamen\":\"Fatima\","
                            + "\"achternaam\":\"El Amrani\",\"bsn\":\"" + Datagenerator.bsn(
                                    50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L)) + "\"},"
                            + "\"soort\":\"huur\",\"bedrag\":812.5,\"sinds\":\"2026-09-01\"}"))
                    .check(status().is(201))));
    }

    {
        String naam = System.getProperty("scenario", "openZaken");
        double tarief = Double.parseDouble(System.getProperty("tarief", "20"));
        int duur = Integer.parseInt(System.getProperty("duur", "10"));
        ChainBuilder stap = SCENARIOS.get(naam);
        if (stap == null) {
            throw new IllegalArgumentException("unknown scenario " + naam + "; known: " + SCENARIOS.keySet());
        }
        HttpProtocolBuilder protocol = http.baseUrl(BASIS).acceptHeader("application/json").shareConnections();
        int gelijktijdig = Integer.parseInt(System.getProperty("gelijktijdig", "0"));
        if (gelijktijdig > 0) {
            // closed model, for the throughput at a fixed concurrency that pgbench is compared at
            ScenarioBuilder scenario = scenario(naam).forever().on(stap);
            setUp(scenario.injectClosed(constantConcurrentUsers(gelijktijdig).during(duur)))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(duur));
        } else {
            ScenarioBuilder scenario = scenario(naam).exec(stap);
            setUp(scenario.injectOpen(constantUsersPerSec(tarief).during(duur))).protocols(protocol);
        }
    }
}
