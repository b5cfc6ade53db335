package nl.vraagwijzer.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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

    private static final String PROFESSIONAL = System.getenv("BENCH_PROFESSIONAL");
    /** Open questions of team-1 in Weert (triage). */
    private static final List<String> HULPVRAGEN = lijst("BENCH_HULPVRAGEN");
    /** question:consent:service triples a professional of team-1 may refer again. */
    private static final List<String> VERWIJSBAAR = lijst("BENCH_VERWIJSBAAR");
    /** Households of Weert where team-1 holds an open question of a member (the household view). */
    private static final List<String> HUISHOUDENS = lijst("BENCH_HUISHOUDENS");
    /** A cursor some 2,000 rows deep into team-1's open questions. */
    private static final String DIEP = System.getenv().getOrDefault("BENCH_DIEP", "");
    /**
     * The referrals of partner organisation 0 in the generated data (ids 0, 10, 20, ...): also the
     * length of its event stream, whose sequence the feed's {@code vanaf} names.
     */
    private static final long PARTNERWERK = Long.parseLong(System.getenv().getOrDefault("BENCH_PARTNERWERK", "1"));

    private static List<String> lijst(String naam) {
        return List.of(System.getenv().getOrDefault(naam, "").split(","));
    }

    private static String kies(List<String> uit) {
        return uit.get(ThreadLocalRandom.current().nextInt(uit.size()));
    }

    private static String inwoner() {
        return kies(INWONERS);
    }

    /** A path of lezen.tsv with its placeholders filled in. */
    private static String pad(String sjabloon) {
        return sjabloon.replace("{inwoner}", inwoner())
                .replace("{huishouden}", kies(HUISHOUDENS))
                .replace("{diep}", DIEP)
                .replace("{vanaf}", Long.toString(ThreadLocalRandom.current().nextLong(PARTNERWERK)));
    }

    /**
     * The partner's status updates walk its referrals in waves: update k takes referral k mod N at
     * step k div N of verzonden, ontvangen, geaccepteerd, in-behandeling, afgerond, so each carries
     * the version it expects in If-Match and none collides. The count lives in a file across the
     * runs on one loaded database ({@code -Dstatusteller=}).
     */
    private static final String[] STATUSSEN = {"verzonden", "ontvangen", "geaccepteerd", "in-behandeling", "afgerond"};

    private static final Path TELLERBESTAND = Path.of(System.getProperty("statusteller", "target/statusteller"));
    private static final AtomicLong STATUSTELLER = new AtomicLong(leesTeller());

    private static long leesTeller() {
        try {
            return Files.exists(TELLERBESTAND) ? Long.parseLong(Files.readString(TELLERBESTAND).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void after() {
        try {
            Files.writeString(TELLERBESTAND, Long.toString(STATUSTELLER.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** The read scenarios from {@code bench/lezen.tsv} (one source for Gatling and the SQL capture). */
    private static Map<String, Function<String, ChainBuilder>> lezen() {
        Map<String, Function<String, ChainBuilder>> lezen = new HashMap<>();
        try {
            for (String regel : Files.readAllLines(Path.of(System.getProperty("lezen", "lezen.tsv")))) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] veld = regel.split("\t");
                String token = System.getenv("BENCH_" + veld[1]);
                lezen.put(veld[0], naam -> CoreDsl.exec(http(naam)
                        .get(sessie -> pad(veld[2]))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", veld[3])
                        .check(status().is(200))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lezen;
    }

    private static final Map<String, Function<String, ChainBuilder>> SCENARIOS = new HashMap<>(lezen());

    static {
        SCENARIOS.putAll(schrijven());
    }

    private static Map<String, Function<String, ChainBuilder>> schrijven() {
        Map<String, Function<String, ChainBuilder>> schrijven = new HashMap<>();
        // for team-0: the read scenarios list team-1, whose open cases must not grow during the run
        schrijven.put("nieuweHulpvraag", naam -> CoreDsl.exec(http(naam)
                .post("/v1/hulpvragen")
                .header("Authorization", "Bearer " + BALIE)
                .header("Content-Type", "application/json")
                .body(StringBody(sessie -> "{\"inwonerId\":\"" + inwoner() + "\",\"kanaal\":\"balie\","
                        + "\"omschrijving\":\"Rekeningen stapelen zich op\",\"leefgebieden\":[\"financien\"],"
                        + "\"wettelijkKader\":\"schuldhulp\",\"team\":\"team-0\"}"))
                .check(status().is(201))));
        schrijven.put("triage", naam -> CoreDsl.exec(http(naam)
                .post(sessie -> "/v1/hulpvragen/" + kies(HULPVRAGEN) + "/triages")
                .header("Authorization", "Bearer " + PROFESSIONAL)
                .header("Content-Type", "application/json")
                .body(StringBody(sessie -> "{\"zrmScores\":[{\"leefgebied\":\"financien\",\"score\":2,"
                        + "\"eigenKracht\":30,\"netwerk\":20,\"professioneleHulp\":50},"
                        + "{\"leefgebied\":\"huisvesting\",\"score\":3}],"
                        + "\"onderliggendeVragen\":[{\"leefgebied\":\"financien\","
                        + "\"omschrijving\":\"Huurachterstand van drie maanden\",\"ernst\":\"hoog\"}],"
                        + "\"dreigingen\":[\"huisuitzetting\"],\"uitkomst\":\"verwijzen\"}"))
                .check(status().is(201))));
        schrijven.put("verwijzen", naam -> CoreDsl.exec(http(naam)
                .post("/v1/verwijzingen")
                .header("Authorization", "Bearer " + PROFESSIONAL)
                .header("Content-Type", "application/json")
                .body(StringBody(sessie -> {
                    String[] drie = kies(VERWIJSBAAR).split(":");
                    return "{\"hulpvraagId\":\"" + drie[0] + "\",\"toestemmingId\":\"" + drie[1]
                            + "\",\"dienstId\":\"" + drie[2] + "\",\"reden\":\"Schulden bij meerdere schuldeisers\","
                            + "\"gedeeld\":{\"samenvatting\":\"Huurachterstand en energieschuld\","
                            + "\"leefgebieden\":[\"financien\"],\"scores\":[{\"leefgebied\":\"financien\",\"score\":2}]}}";
                }))
                .check(status().is(201))));
        schrijven.put("statusPartner", naam -> CoreDsl.exec(sessie -> {
                    long k = STATUSTELLER.getAndIncrement();
                    int stap = (int) Math.min(k / PARTNERWERK, STATUSSEN.length - 2);
                    String naar = STATUSSEN[stap + 1];
                    return sessie.set("verwijzing", Datagenerator.id(Datagenerator.VERWIJZING, 10 * (k % PARTNERWERK)))
                            .set("versie", stap)
                            .set("statusBody", "{\"status\":\"" + naar + "\""
                                    + ("afgerond".equals(naar) ? ",\"resultaat\":\"Schuldregeling getroffen\"" : "") + "}");
                })
                .exec(http(naam)
                        .post("/v1/verwijzingen/#{verwijzing}/statuswijzigingen")
                        .header("Authorization", "Bearer " + PARTNER)
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"#{versie}\"")
                        .body(StringBody("#{statusBody}"))
                        .check(status().is(200))));
        schrijven.put("signaal", naam -> CoreDsl.exec(http(naam)
                .post("/v1/signalen")
                .header("Authorization", "Bearer " + PARTNER)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", sessie -> UUID.randomUUID().toString())
                .body(StringBody(sessie -> "{\"gemeente\":\"GM0988\",\"inwoner\":{\"voornamen\":\"Fatima\","
                        + "\"achternaam\":\"El Amrani\",\"bsn\":\"" + Datagenerator.bsn(
                                50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L)) + "\"},"
                        + "\"soort\":\"huur\",\"bedrag\":812.5,\"sinds\":\"2026-09-01\"}"))
                .check(status().is(201))));
        return schrijven;
    }

    /**
     * The realistic mix: mostly reads (desk, team leads, scripts and partners), desk writes, and
     * partner traffic; {@code mix} runs it at the rate with, halfway, a partner's burst of signals at
     * the same rate again for two seconds.
     */
    private static ChainBuilder mix(String naam) {
        return CoreDsl.randomSwitch()
                .on(
                        new Choice.WithWeight(20, SCENARIOS.get("tijdlijn").apply(naam)),
                        new Choice.WithWeight(15, SCENARIOS.get("openZaken").apply(naam)),
                        new Choice.WithWeight(5, SCENARIOS.get("openZakenDiep").apply(naam)),
                        new Choice.WithWeight(10, SCENARIOS.get("dienstenZoeken").apply(naam)),
                        new Choice.WithWeight(10, SCENARIOS.get("partnerLijstCursor").apply(naam)),
                        new Choice.WithWeight(5, SCENARIOS.get("gebeurtenissen").apply(naam)),
                        new Choice.WithWeight(10, SCENARIOS.get("nieuweHulpvraag").apply(naam)),
                        new Choice.WithWeight(8, SCENARIOS.get("triage").apply(naam)),
                        new Choice.WithWeight(5, SCENARIOS.get("verwijzen").apply(naam)),
                        new Choice.WithWeight(7, SCENARIOS.get("statusPartner").apply(naam)),
                        new Choice.WithWeight(5, SCENARIOS.get("signaal").apply(naam)));
    }

    /** The chain of scenario {@code scenario}, its requests named {@code verzoek}. */
    private static ChainBuilder keten(String scenario, String verzoek) {
        if ("mix".equals(scenario)) {
            return mix(verzoek);
        }
        Function<String, ChainBuilder> keten = SCENARIOS.get(scenario);
        if (keten == null) {
            throw new IllegalArgumentException("unknown scenario " + scenario + "; known: " + SCENARIOS.keySet() + ", mix");
        }
        return keten.apply(verzoek);
    }

    /**
     * Every run starts with {@code -Dopwarmen=} seconds (3) of the same requests named {@code opwarmen},
     * in this JVM, so that neither the service's nor Gatling's cold start lands in the figures;
     * bench/run.sh reads the requests named after the scenario only. A run at one request per second
     * is the SQL capture's single request and has none.
     */
    private static int opwarmen(double tarief) {
        return Integer.getInteger("opwarmen", tarief <= 1 ? 0 : 3);
    }

    {
        String naam = System.getProperty("scenario", "openZaken");
        double tarief = Double.parseDouble(System.getProperty("tarief", "20"));
        int duur = Integer.parseInt(System.getProperty("duur", "10"));
        int gelijktijdig = Integer.parseInt(System.getProperty("gelijktijdig", "0"));
        HttpProtocolBuilder protocol = http.baseUrl(BASIS).acceptHeader("application/json").shareConnections();
        int opwarmenS = opwarmen(tarief);
        PopulationBuilder opwarmen = scenario("opwarmen")
                .exec(keten(naam, "opwarmen"))
                .injectOpen(opwarmenS == 0
                        ? nothingFor(0)
                        : constantUsersPerSec(Math.min(tarief, 20)).during(opwarmenS));
        if (gelijktijdig > 0) {
            // closed model, for the throughput at a fixed concurrency that pgbench is compared at
            setUp(opwarmen.andThen(scenario(naam)
                            .during(duur)
                            .on(keten(naam, naam))
                            .injectClosed(constantConcurrentUsers(gelijktijdig).during(duur))))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(duur + opwarmenS + 30));
        } else if ("mix".equals(naam)) {
            // halfway, a partner's burst of signals at the same rate again, for two seconds
            setUp(opwarmen.andThen(
                            scenario(naam).exec(keten(naam, naam)).injectOpen(constantUsersPerSec(tarief).during(duur)),
                            scenario("stoot van signalen")
                                    .exec(keten("signaal", naam))
                                    .injectOpen(nothingFor(duur / 2), constantUsersPerSec(tarief).during(2))))
                    .protocols(protocol);
        } else {
            setUp(opwarmen.andThen(
                            scenario(naam).exec(keten(naam, naam)).injectOpen(constantUsersPerSec(tarief).during(duur))))
                    .protocols(protocol);
        }
    }
}
