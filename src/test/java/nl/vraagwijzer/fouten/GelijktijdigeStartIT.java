package nl.vraagwijzer.fouten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.vraagwijzer.shared.security.Rollen;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Several replicas started at the same instant on one empty database (a deployment's first
 * rollout, or a restart of every pod at once) all come up: every start-up step that writes to the
 * catalog (the role, the grants, the access log's partitions, the migrations) is safe when several
 * run together. Repeated, each time on a fresh cluster, because the collision it guards against
 * ("tuple concurrently updated" on a GRANT) came in one start of five.
 */
class GelijktijdigeStartIT extends Foutomgeving {

    private static final int REPLICAS = 3;

    @RepeatedTest(3)
    void drieReplicasTegelijkOpEenLegeDatabaseKomenAlleOp(RepetitionInfo ronde) throws Exception {
        List<Dienst> gestart = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            Dienst dienst = Dienst.begin(
                    "gelijktijdig-" + ronde.getCurrentRepetition() + "-" + i, cluster.jdbcUrl(), oidc, Map.of());
            diensten.add(dienst);
            gestart.add(dienst);
        }
        for (Dienst dienst : gestart) {
            dienst.wachtOpGereed(Duration.ofSeconds(120));
            dienst.api(Tokens.voor(Rollen.BEHEERDER))
                    .get("/organisaties")
                    .then()
                    .statusCode(200);
        }
        try (Connection verbinding = cluster.verbind();
                Statement opdracht = verbinding.createStatement();
                ResultSet mislukt =
                        opdracht.executeQuery("select count(*) from flyway_schema_history where not success")) {
            mislukt.next();
            assertEquals(0, mislukt.getInt(1), "a migration recorded as failed");
        }
    }

    /**
     * The callback itself, run by several sessions at once, many times, as Flyway may run it: half
     * the sessions as one transaction, half block by block. Without its lock 4 x 150 concurrent runs
     * of the grant gave 34 "tuple concurrently updated" errors; a lock released before the commit
     * still gave them.
     */
    @Test
    void deCallbacksNaElkeMigratieBotsenNietAlsZeTegelijkLopen() throws Exception {
        Dienst.start("callbacks", cluster.jdbcUrl(), oidc, Map.of()).close();
        String script = callback("afterMigrate.sql").replace("${app_rol}", "vraagwijzer_app");
        int sessies = 4;
        int keer = 40;
        List<String> fouten = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(sessies);
        for (int s = 0; s < sessies; s++) {
            boolean eenTransactie = s % 2 == 0;
            draden.submit(() -> {
                try (Connection verbinding = cluster.verbind()) {
                    verbinding.setAutoCommit(!eenTransactie);
                    start.await();
                    for (int k = 0; k < keer; k++) {
                        try (Statement opdracht = verbinding.createStatement()) {
                            if (eenTransactie) {
                                opdracht.execute(script);
                            } else {
                                for (String blok : script.split("(?<=\\n\\$\\$;)")) {
                                    if (!blok.isBlank()) {
                                        opdracht.execute(blok);
                                    }
                                }
                            }
                            if (eenTransactie) {
                                verbinding.commit();
                            }
                        } catch (SQLException e) {
                            fouten.add(e.getMessage());
                            if (eenTransactie) {
                                verbinding.rollback();
                            }
                        }
                    }
                } catch (SQLException | InterruptedException e) {
                    fouten.add(e.toString());
                }
                return null;
            });
        }
        start.countDown();
        draden.shutdown();
        assertTrue(draden.awaitTermination(5, TimeUnit.MINUTES), "the sessions did not finish");
        assertEquals(List.of(), fouten);
    }

    private static String callback(String naam) throws IOException {
        try (InputStream bron = GelijktijdigeStartIT.class.getResourceAsStream("/db/migration/" + naam)) {
            return new String(bron.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
