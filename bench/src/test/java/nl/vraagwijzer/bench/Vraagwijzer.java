package nl.vraagwijzer.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One scenario of the benchmark at a fixed arrival rate (open model: requests keep arriving at the
 * rate whatever the latency, so a slow server shows as latency, not as a lower rate). Chosen with
 * {@code -Dscenario=}, {@code -Dtarief=} (requests per second) and {@code -Dduur=} (seconds);
 * {@code bench/run.sh} sets them and the tokens ({@code BENCH_*} in the environment).
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

    private static ChainBuilder verzoek(String naam, Supplier<io.gatling.javaapi.http.HttpRequestActionBuilder> http) {
        return CoreDsl.exec(http.get());
    }

    private static final Map<String, ChainBuilder> SCENARIOS = Map.of(
            "openZaken",
            verzoek("open zaken", () -> http("open zaken van een team, eerste pagina")
                    .get("/v1/hulpvragen?status=open&team=team-1&pageSize=20")
                    .header("Authorization", "Bearer " + TEAMLEIDER)
                    .check(status().is(200))),
            "openZakenFilter",
            verzoek("open zaken gefilterd", () -> http("open zaken met filters")
                    .get("/v1/hulpvragen?status=open&team=team-1&leefgebied=financien&termijnVerlopen=false&pageSize=20")
                    .header("Authorization", "Bearer " + TEAMLEIDER)
                    .check(status().is(200))),
            "export",
            verzoek("export", () -> http("open zaken van een team als CSV")
                    .get("/v1/hulpvragen?status=open&team=team-1")
                    .header("Authorization", "Bearer " + TEAMLEIDER)
                    .header("Accept", "text/csv")
                    .check(status().is(200))),
            "tijdlijn",
            verzoek("tijdlijn", () -> http("tijdlijn van een inwoner")
                    .get(sessie -> "/v1/inwoners/" + inwoner() + "/tijdlijn")
                    .header("Authorization", "Bearer " + BALIE)
                    .check(status().is(200))),
            "partnerLijst",
            verzoek("partnerlijst", () -> http("verwijzingen van een partner")
                    .get("/v1/verwijzingen?pageSize=20")
                    .header("Authorization", "Bearer " + PARTNER)
                    .check(status().is(200))),
            "dienstenZoeken",
            verzoek("diensten", () -> http("diensten zoeken")
                    .get("/v1/diensten?leefgebied=financien&gemeente=GM0988&pageSize=20")
                    .header("Authorization", "Bearer " + BALIE)
                    .check(status().is(200))),
            "nieuweHulpvraag",
            verzoek("nieuwe hulpvraag", () -> http("hulpvraag registreren")
                    .post("/v1/hulpvragen")
                    .header("Authorization", "Bearer " + BALIE)
                    .header("Content-Type", "application/json")
                    .body(StringBody(sessie -> "{\"inwonerId\":\"" + inwoner() + "\",\"kanaal\":\"balie\","
                            + "\"omschrijving\":\"Rekeningen stapelen zich op\",\"leefgebieden\":[\"financien\"],"
                            + "\"wettelijkKader\":\"schuldhulp\",\"team\":\"team-1\"}"))
                    .check(status().is(201))),
            "signaal",
            verzoek("signaal", () -> http("signaal van een partner")
                    .post("/v1/signalen")
                    .header("Authorization", "Bearer " + PARTNER)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", sessie -> UUID.randomUUID().toString())
                    .body(StringBody(sessie -> "{\"gemeente\":\"GM0988\",\"inwoner\":{\"voornamen\":\"Fatima\","
                            + "\"achternaam\":\"El Amrani\",\"bsn\":\"" + Datagenerator.bsn(
                                    50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L)) + "\"},"
                            + "\"soort\":\"huur\",\"bedrag\":812.5,\"sinds\":\"2026-09-01\"}"))
                    .check(status().is(201))));

    {
        String naam = System.getProperty("scenario", "openZaken");
        double tarief = Double.parseDouble(System.getProperty("tarief", "20"));
        int duur = Integer.parseInt(System.getProperty("duur", "10"));
        ChainBuilder stap = SCENARIOS.get(naam);
        if (stap == null) {
            throw new IllegalArgumentException("unknown scenario " + naam + "; known: " + SCENARIOS.keySet());
        }
        HttpProtocolBuilder protocol = http.baseUrl(BASIS).acceptHeader("application/json").shareConnections();
        ScenarioBuilder scenario = scenario(naam).exec(stap);
        setUp(scenario.injectOpen(constantUsersPerSec(tarief).during(duur))).protocols(protocol);
    }
}
