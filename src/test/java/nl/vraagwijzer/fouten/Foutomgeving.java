package nl.vraagwijzer.fouten;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Dienst;
import nl.vraagwijzer.support.EigenCluster;
import nl.vraagwijzer.support.OidcProviderResource;
import nl.vraagwijzer.support.Tokens;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every fault test has: the test OIDC provider, a PostgreSQL cluster of the test's own (never
 * the shared server) and the packaged services it started, all cleaned up after each test.
 */
abstract class Foutomgeving {

    static OidcProviderResource oidcProvider;
    static Map<String, String> oidc;

    EigenCluster cluster;
    final List<Dienst> diensten = new ArrayList<>();

    @BeforeAll
    static void oidc() {
        oidcProvider = new OidcProviderResource();
        oidc = oidcProvider.start();
    }

    @AfterAll
    static void stopOidc() {
        oidcProvider.stop();
    }

    @BeforeEach
    void cluster() {
        cluster = EigenCluster.start();
    }

    @AfterEach
    void opruimen() throws InterruptedException {
        for (Dienst dienst : diensten) {
            dienst.close();
        }
        cluster.close();
    }

    Dienst dienst(String naam, Map<String, String> extra) {
        Dienst dienst = Dienst.start(
                naam + "-" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""), cluster.jdbcUrl(), oidc, extra);
        diensten.add(dienst);
        return dienst;
    }

    /** A partner's push of a resident to this service (an event for the partner). */
    static void meldAan(Dienst dienst, String token, int i) {
        dienst.api(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "inwoner", VoordeurData.inwoner(null),
                        "omschrijving", "Aangemeld " + i,
                        "leefgebieden", List.of("financien")))
                .post("/aanmeldingen")
                .then()
                .statusCode(201);
    }

    /** A resident registered at the desk of this service. */
    static UUID inwoner(Dienst dienst) {
        return UUID.fromString(dienst.api(Tokens.voor(BALIEMEDEWERKER))
                .body(VoordeurData.inwoner(VoordeurData.nieuwBsn()))
                .post("/inwoners")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
