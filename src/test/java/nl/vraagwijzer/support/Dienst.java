package nl.vraagwijzer.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, prod profile) as a process of
 * a fault test's own, so that the test can send it SIGTERM or SIGKILL, run two of them, and read
 * its log ({@code target/fouttests/<naam>.log}, also scanned by BsnInLogsIT).
 */
public final class Dienst implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String naam;
    private final int poort;
    private final Process proces;
    private final Path log;

    private Dienst(String naam, int poort, Process proces, Path log) {
        this.naam = naam;
        this.poort = poort;
        this.proces = proces;
        this.log = log;
    }

    /**
     * Starts the service on {@code database} with the test OIDC provider's settings and the given
     * extra configuration, and waits until it is ready.
     */
    public static Dienst start(String naam, String jdbcUrl, Map<String, String> oidc, Map<String, String> extra) {
        Dienst dienst = begin(naam, jdbcUrl, oidc, extra);
        dienst.wachtOpGereed(Duration.ofSeconds(60));
        return dienst;
    }

    /** Starts the service as {@link #start} does, without waiting: several can start at the same instant. */
    public static Dienst begin(String naam, String jdbcUrl, Map<String, String> oidc, Map<String, String> extra) {
        int poort = EigenCluster.vrijePoort();
        Map<String, String> config = new TreeMap<>(oidc);
        config.put("quarkus.http.port", String.valueOf(poort));
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.flyway.username", "postgres");
        config.put("quarkus.flyway.password", "trust");
        config.put("quarkus.datasource.password", "");
        config.put("vraagwijzer.pseudoniem-sleutel", "sleutel-voor-de-fouttests");
        config.putAll(extra);
        List<String> opdracht = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        config.forEach((sleutel, waarde) -> opdracht.add("-D" + sleutel + "=" + waarde));
        opdracht.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        try {
            Path map = Files.createDirectories(Path.of("target", "fouttests"));
            Path log = map.resolve("quarkus.log." + naam);
            Process proces = new ProcessBuilder(opdracht)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Dienst(naam, poort, proces, log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int poort() {
        return poort;
    }

    public long pid() {
        return proces.pid();
    }

    public String basis() {
        return "http://127.0.0.1:" + poort;
    }

    /** REST Assured aimed at this process's {@code /v1}, without the contract check (statuses of faults). */
    public RequestSpecification api(String token) {
        RequestSpecification spec = RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(poort)
                .basePath("/v1")
                .contentType("application/json")
                .accept("application/json");
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** The readiness status: 200 ready, 503 not, -1 no answer. */
    public int gereedheid() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(basis() + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public void wachtOpGereed(Duration hoeLang) {
        Instant tot = Instant.now().plus(hoeLang);
        while (gereedheid() != 200) {
            if (!proces.isAlive() || Instant.now().isAfter(tot)) {
                throw new IllegalStateException(naam + " did not become ready; see " + log);
            }
            slaap(200);
        }
    }

    /** SIGTERM: the orderly stop a platform sends. */
    public void stopNetjes() {
        proces.destroy();
    }

    /** SIGKILL: nothing gets to finish. */
    public void doodHard() {
        proces.destroyForcibly();
    }

    public boolean wachtOpEinde(Duration hoeLang) throws InterruptedException {
        return proces.waitFor(hoeLang.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The resident set size of the process, from /proc, in kB. */
    public long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(proces.pid()), "status")).stream()
                    .filter(regel -> regel.startsWith("VmRSS:"))
                    .map(regel -> Long.parseLong(regel.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> logregels() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (proces.isAlive()) {
            proces.destroy();
            if (!proces.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        }
    }

    public static void slaap(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
