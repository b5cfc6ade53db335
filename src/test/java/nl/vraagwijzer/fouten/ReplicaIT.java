package nl.vraagwijzer.fouten;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.EigenCluster;
import nl.vraagwijzer.support.Tokens;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Test;

/**
 * The figures from a real streaming replica (issue 27): a hot standby of the test's own cluster made
 * with {@code pg_basebackup}, as the figures' datasource. What is written on the primary is counted
 * once the replica has replayed it, with row-level security on the replica as on the primary; a
 * replica that stops replaying says how far behind it is; a replica that is away answers 503 with
 * {@code Retry-After} while the front door and readiness carry on, and the figures return when it
 * does; a service configured to fall back reads the primary instead.
 */
class ReplicaIT extends Foutomgeving {

    private static final String DEZE_MAAND = "hulpvragen";

    @Test
    void deCijfersKomenVanDeReplica() throws Exception {
        try (EigenCluster replica = cluster.replica()) {
            Dienst dienst = dienst(
                    "replica",
                    Map.of(
                            "quarkus.datasource.rapportage.jdbc.url",
                            replica.jdbcUrl(),
                            "vraagwijzer.gemeenten.GM0988.naam",
                            "Weert",
                            "vraagwijzer.cijfers.kleinste-aantal",
                            "1"));
            vraag(dienst);
            Response eerste = wachtOp(dienst, antwoord -> hulpvragen(antwoord) == 1);
            assertEquals("replica", eerste.header("Cijfers-Bron"));
            assertEquals("replica", eerste.jsonPath().getString("versheid.bron"));
            assertTrue(verbindingenVanDeDienst(replica) > 0, "the service reads on the replica");
            // the same row-level security: another gemeente sees nothing of Dordrecht's
            List<Object> weert = dienst.api(Tokens.voorGemeente(RAPPORTAGE, null, "GM0988"))
                    .get("/rapportages/inzet")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("cijfers.findAll { it.gemeente == 'GM0505' }");
            assertEquals(List.of(), weert);

            // the replica stops replaying: a new question is not counted yet, and the answer says how far behind
            sql(replica, "select pg_wal_replay_pause()");
            vraag(dienst);
            Thread.sleep(1500);
            Response achter = cijfers(dienst);
            assertEquals(200, achter.statusCode());
            assertEquals(1, hulpvragen(achter), "not replayed, not counted");
            double achterstand = achter.jsonPath().getDouble("versheid.achterstandSeconden");
            assertTrue(achterstand >= 1.0, "behind by at least the pause: " + achterstand);
            assertTrue(
                    Instant.parse(achter.header("Cijfers-Actueel-Op"))
                            .isBefore(Instant.parse(achter.jsonPath().getString("versheid.berekendOp"))),
                    "fresh up to before the moment of reading");
            sql(replica, "select pg_wal_replay_resume()");
            Response bij = wachtOp(dienst, antwoord -> hulpvragen(antwoord) == 2);
            assertEquals(0.0, bij.jsonPath().getDouble("versheid.achterstandSeconden"));

            // the replica away: the figures answer 503 with Retry-After; the front door does not notice
            replica.stop();
            Response weg = cijfers(dienst);
            assertEquals(503, weg.statusCode(), weg.asString());
            assertEquals("10", weg.header("Retry-After"));
            assertEquals("application/problem+json", weg.contentType().split(";")[0]);
            vraag(dienst);
            dienst.api(Tokens.voorTeam("teamleider", "team-replica"))
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200);
            assertEquals(200, dienst.gereedheid(), "readiness does not hang on the replica");

            replica.startOpnieuw();
            wachtOp(dienst, antwoord -> hulpvragen(antwoord) == 3);
        }
    }

    @Test
    void terugvallenOpDePrimaireAlsDatIsIngesteld() {
        Dienst dienst = dienst(
                "terugval",
                Map.of(
                        "quarkus.datasource.rapportage.jdbc.url", "jdbc:postgresql://127.0.0.1:1/vraagwijzer",
                        "vraagwijzer.cijfers.terugvallen-op-primair", "true",
                        "vraagwijzer.cijfers.kleinste-aantal", "1"));
        vraag(dienst);
        Response antwoord = cijfers(dienst);
        assertEquals(200, antwoord.statusCode(), antwoord.asString());
        assertEquals("primair", antwoord.header("Cijfers-Bron"));
        assertEquals(1, hulpvragen(antwoord));
    }

    private static void vraag(Dienst dienst) {
        UUID inwoner = inwoner(dienst);
        dienst.api(Tokens.voor(BALIEMEDEWERKER))
                .body(VoordeurData.hulpvraag(inwoner, "team-replica", "participatie"))
                .post("/hulpvragen")
                .then()
                .statusCode(201);
    }

    private static Response cijfers(Dienst dienst) {
        return dienst.api(Tokens.voor(RAPPORTAGE))
                .queryParam("indeling", "team")
                .get("/rapportages/inzet");
    }

    /** This month's questions of the gemeente (Dordrecht), 0 when there is no cell. */
    private static long hulpvragen(Response antwoord) {
        List<Map<String, Object>> cellen = antwoord.jsonPath().getList("cijfers");
        String maand =
                java.time.YearMonth.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        return cellen.stream()
                .filter(c -> "gemeente".equals(c.get("niveau"))
                        && maand.equals(c.get("periode"))
                        && DEZE_MAAND.equals(c.get("maatstaf"))
                        && c.get("categorie") == null)
                .mapToLong(c -> ((Number) c.get("aantal")).longValue())
                .sum();
    }

    private static Response wachtOp(Dienst dienst, Predicate<Response> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(30);
        while (true) {
            Response antwoord = cijfers(dienst);
            if (antwoord.statusCode() == 200 && klaar.test(antwoord)) {
                return antwoord;
            }
            if (Instant.now().isAfter(tot)) {
                throw new AssertionError("the figures did not catch up within 30 s: " + antwoord.asString());
            }
            Thread.sleep(250);
        }
    }

    private static long verbindingenVanDeDienst(EigenCluster replica) throws SQLException {
        try (Connection verbinding = replica.verbind();
                Statement vraag = verbinding.createStatement();
                ResultSet rij =
                        vraag.executeQuery("select count(*) from pg_stat_activity where usename = 'vraagwijzer_app'")) {
            rij.next();
            return rij.getLong(1);
        }
    }

    private static void sql(EigenCluster replica, String sql) throws SQLException {
        try (Connection verbinding = replica.verbind();
                Statement opdracht = verbinding.createStatement()) {
            opdracht.execute(sql);
        }
    }
}
