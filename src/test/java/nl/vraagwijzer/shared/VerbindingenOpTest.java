package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Every connection of the pool in use (a burst on a service that has just started, a slow
 * database): a request that waits longer than the acquisition timeout gets 503 with
 * {@code Retry-After}, as for a database that is away, not 500. Agroal says so in a plain
 * {@code SQLException} "Sorry, acquisition timeout!", without SQLSTATE.
 */
@QuarkusTest
@TestProfile(VerbindingenOpTest.KleinePool.class)
class VerbindingenOpTest {

    public static class KleinePool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eenVollePoolGeeft503MetRetryAfter() throws Exception {
        List<Connection> bezet = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                bezet.add(dataSource.getConnection());
            }
            isProblem(Api.als(BEHEERDER).get("/organisaties").then(), 503)
                    .header("Retry-After", "5")
                    .body("detail", containsString("database"));
        } finally {
            for (Connection verbinding : bezet) {
                verbinding.close();
            }
        }
        Api.als(BEHEERDER).get("/organisaties").then().statusCode(200);
    }
}
