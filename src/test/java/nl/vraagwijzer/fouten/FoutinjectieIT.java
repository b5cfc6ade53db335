package nl.vraagwijzer.fouten;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.Tokens;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Test;

/**
 * The service's promises under injected faults, each on a PostgreSQL cluster of the test's own and
 * the packaged service as a process of its own: a database restart under load, kill -9 in a burst of
 * writes, SIGTERM during an export and writes, and statement and transaction timeouts.
 */
class FoutinjectieIT extends Foutomgeving {

    /** Writers that register organisations until {@code tot}, each answer in the ledger. */
    static List<Future<?>> schrijvers(ExecutorService pool, Dienst dienst, Grootboek grootboek, Instant tot) {
        String token = Tokens.voor(BEHEERDER);
        List<Future<?>> schrijvers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            schrijvers.add(pool.submit(() -> {
                while (Instant.now().isBefore(tot)) {
                    try {
                        grootboek.boek(dienst.api(token)
                                .body(organisatie(uniek("Grootboek")))
                                .post("/organisaties"));
                    } catch (RuntimeException e) {
                        grootboek.geenAntwoord.incrementAndGet();
                        Dienst.slaap(50);
                    }
                }
            }));
        }
        return schrijvers;
    }

    long aanwezig(List<String> ids, String tabel) throws SQLException {
        try (Connection connection = cluster.verbind();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from " + tabel + " where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rij = query.executeQuery()) {
                rij.next();
                return rij.getLong(1);
            }
        }
    }

    @Test
    void databaseHerstartOnderLastVerliestNietsEnAntwoordt503MetRetryAfter() throws Exception {
        Dienst dienst = dienst("herstart", Map.of("vraagwijzer.database.herstelcontrole", "1s"));
        Grootboek grootboek = new Grootboek();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Instant tot = Instant.now().plusSeconds(14);
        List<Future<?>> schrijvers = schrijvers(pool, dienst, grootboek, tot);
        Thread.sleep(3000);
        cluster.stop();
        Thread.sleep(4000);
        cluster.startOpnieuw();
        for (Future<?> schrijver : schrijvers) {
            schrijver.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertTrue(grootboek.aantal(503) > 0, "the outage was seen: " + grootboek.statussen);
        assertEquals(List.of(), grootboek.andereDan(201, 503), "only 201 and 503: " + grootboek.statussen);
        for (Response storing : grootboek.storingen) {
            assertEquals("application/problem+json", storing.contentType());
            assertEquals("5", storing.header("Retry-After"));
        }
        List<String> bevestigd = new ArrayList<>(grootboek.bevestigd);
        assertEquals(bevestigd.size(), aanwezig(bevestigd, "organisatie"), "every 201 is in the database");
        // recovered by itself: writes after the restart succeed
        dienst.api(Tokens.voor(BEHEERDER))
                .body(organisatie(uniek("Daarna")))
                .post("/organisaties")
                .then()
                .statusCode(201);
        Thread.sleep(1500);
        List<String> log = dienst.logregels();
        long gemeld = log.stream()
                .filter(regel -> regel.contains("Database unavailable"))
                .count();
        assertTrue(gemeld >= 1 && gemeld <= 2, "the outage logged once, not per request: " + gemeld);
        assertTrue(log.stream().anyMatch(regel -> regel.contains("Database available again")), "the recovery logged");
        assertTrue(
                log.stream().noneMatch(regel -> regel.startsWith("\tat ")),
                "no stack traces:\n"
                        + String.join(
                                "\n",
                                log.stream()
                                        .filter(r -> r.startsWith("\tat "))
                                        .limit(5)
                                        .toList()));
        assertTrue(log.size() < 200, "a short log: " + log.size() + " lines");
    }

    @Test
    void killNegenInEenReeksSchrijfactiesLaatAllesWatBevestigdIs() throws Exception {
        Dienst dienst = dienst("kill", Map.of());
        String token = Tokens.voor(BALIEMEDEWERKER);
        List<String> bevestigd = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Response antwoord = dienst.api(token)
                                .body(VoordeurData.inwoner(VoordeurData.nieuwBsn()))
                                .post("/inwoners");
                        if (antwoord.statusCode() == 201) {
                            bevestigd.add(antwoord.path("id"));
                        }
                    } catch (RuntimeException e) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(2500);
        dienst.doodHard();
        assertTrue(dienst.wachtOpEinde(Duration.ofSeconds(10)));
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertTrue(bevestigd.size() > 10, "writes were made: " + bevestigd.size());
        assertEquals(bevestigd.size(), aanwezig(new ArrayList<>(bevestigd), "inwoner"));
        // no partial record: every resident written has its access-log entry, committed together
        try (Connection connection = cluster.verbind();
                Statement query = connection.createStatement();
                ResultSet rij = query.executeQuery("select count(*) from inwoner i where not exists (select 1 from"
                        + " logboek l where i.id = any(l.inwoner_ids) and l.actie = 'inwoner-registreren')")) {
            rij.next();
            assertEquals(0, rij.getLong(1), "residents without their access-log entry");
        }
        Dienst opnieuw = dienst("kill-daarna", Map.of());
        opnieuw.api(token)
                .body(VoordeurData.inwoner(VoordeurData.nieuwBsn()))
                .post("/inwoners")
                .then()
                .statusCode(201);
    }

    /** The open-case export as a stream the test reads at its own pace. */
    static InputStream export(Dienst dienst, String pad, String mediatype) throws Exception {
        HttpResponse<InputStream> export = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(dienst.basis() + pad))
                                .header("Authorization", "Bearer " + Tokens.voor(BALIEMEDEWERKER))
                                .header("Accept", mediatype)
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, export.statusCode());
        return export.body();
    }

    /** Copies one question {@code aantal} times with SQL, so an export has something to stream. */
    void veelHulpvragen(Dienst dienst, int aantal) throws SQLException {
        UUID inwoner = inwoner(dienst);
        String vraag = dienst.api(Tokens.voor(BALIEMEDEWERKER))
                .body(VoordeurData.hulpvraag(inwoner, "team-export", "participatie"))
                .post("/hulpvragen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Connection connection = cluster.verbind();
                Statement sql = connection.createStatement()) {
            List<String> kolommen = new ArrayList<>();
            try (ResultSet rij = sql.executeQuery("select column_name from information_schema.columns"
                    + " where table_name = 'hulpvraag' and column_name <> 'id' order by ordinal_position")) {
                while (rij.next()) {
                    kolommen.add(rij.getString(1));
                }
            }
            String lijst = String.join(", ", kolommen);
            sql.execute("insert into hulpvraag (id, " + lijst + ") select gen_random_uuid(), " + lijst
                    + " from hulpvraag, generate_series(2, " + aantal + ") where id = '" + vraag + "'");
        }
    }

    @Test
    void sigtermLaatEenExportAfmakenEnMeldtZichEerstNietGereed() throws Exception {
        Dienst dienst = dienst(
                "sigterm",
                Map.of("vraagwijzer.http.stoppen.wachttijd", "3s", "vraagwijzer.http.stoppen.afronden", "30s"));
        int aantal = 30_000;
        veelHulpvragen(dienst, aantal);
        InputStream stroom = export(dienst, "/v1/hulpvragen?pageSize=100", "text/csv");
        byte[] begin = stroom.readNBytes(4096);
        dienst.stopNetjes();
        // first unready, while requests are still served
        Instant tot = Instant.now().plusSeconds(3);
        int gereedheid = 200;
        while (gereedheid == 200 && Instant.now().isBefore(tot)) {
            gereedheid = dienst.gereedheid();
            Dienst.slaap(100);
        }
        assertEquals(503, gereedheid, "readiness goes DOWN on SIGTERM");
        dienst.api(Tokens.voor(BEHEERDER))
                .body(organisatie(uniek("Na SIGTERM")))
                .post("/organisaties")
                .then()
                .statusCode(201);
        // the export is finished, not cut off
        String csv =
                new String(begin, StandardCharsets.UTF_8) + new String(stroom.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(aantal + 1, csv.split("\r\n").length, "header and every row");
        assertTrue(dienst.wachtOpEinde(Duration.ofSeconds(40)), "the service stops after draining");
    }

    @Test
    void eenExportDieDeAfrondtijdOverschrijdtEindigtMetEenFoutNietSchoon() throws Exception {
        Dienst dienst = dienst(
                "afgebroken",
                Map.of("vraagwijzer.http.stoppen.wachttijd", "0s", "vraagwijzer.http.stoppen.afronden", "2s"));
        veelHulpvragen(dienst, 60_000);
        InputStream stroom = export(dienst, "/v1/hulpvragen", "application/x-ndjson");
        stroom.readNBytes(4096);
        dienst.stopNetjes();
        // a reader too slow to finish within the grace period
        Thread.sleep(5000);
        boolean fout = false;
        try {
            stroom.readAllBytes();
        } catch (IOException e) {
            fout = true;
        }
        assertTrue(fout, "a cut-off export ends with an error the client sees, not with a clean end");
    }

    /** A request on the directory while another transaction holds its table for {@code vast}. */
    Response onderSlot(Duration vast, java.util.concurrent.Callable<Response> verzoek) throws Exception {
        try (Connection slot = cluster.verbind()) {
            slot.setAutoCommit(false);
            try (Statement sql = slot.createStatement()) {
                sql.execute("lock table organisatie in access exclusive mode");
            }
            Future<Response> antwoord = Executors.newSingleThreadExecutor().submit(verzoek);
            Thread.sleep(vast.toMillis());
            slot.rollback();
            return antwoord.get(30, TimeUnit.SECONDS);
        }
    }

    static void is503(Response antwoord) {
        assertEquals(503, antwoord.statusCode(), antwoord.asString());
        assertEquals("application/problem+json", antwoord.contentType());
        assertEquals("5", antwoord.header("Retry-After"));
    }

    @Test
    void statementTimeoutGeeft503ProblemJson() throws Exception {
        Dienst dienst = dienst("statement", Map.of("vraagwijzer.database.statement-timeout", "1s"));
        is503(onderSlot(
                Duration.ofSeconds(3), () -> dienst.api(Tokens.voor(BEHEERDER)).get("/organisaties")));
        dienst.api(Tokens.voor(BEHEERDER)).get("/organisaties").then().statusCode(200);
        assertFalse(dienst.logregels().stream().anyMatch(regel -> regel.startsWith("\tat ")), "no stack trace");
    }

    @Test
    void transactieTimeoutGeeft503ProblemJson() throws Exception {
        Dienst dienst = dienst(
                "transactie",
                Map.of(
                        "vraagwijzer.database.statement-timeout", "30s",
                        "quarkus.transaction-manager.default-transaction-timeout", "2s"));
        String naam = uniek("Te laat");
        is503(onderSlot(
                Duration.ofSeconds(4),
                () -> dienst.api(Tokens.voor(BEHEERDER)).body(organisatie(naam)).post("/organisaties")));
        try (Connection connection = cluster.verbind();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from organisatie where naam = ?")) {
            query.setString(1, naam);
            try (ResultSet rij = query.executeQuery()) {
                rij.next();
                assertEquals(0, rij.getLong(1), "a transaction past its timeout stores nothing");
            }
        }
        dienst.api(Tokens.voor(BEHEERDER)).get("/organisaties").then().statusCode(200);
        assertFalse(dienst.logregels().stream().anyMatch(regel -> regel.startsWith("\tat ")), "no stack trace");
    }
}
