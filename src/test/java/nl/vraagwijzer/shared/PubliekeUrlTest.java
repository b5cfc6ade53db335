package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Links come from configuration, not from the {@code Host} header: with a public base URL
 * configured, every {@code Location} and {@code Link} starts with it; forwarded headers count only
 * from a configured proxy (here the test client itself, 127.0.0.1).
 */
@QuarkusTest
@TestProfile(PubliekeUrlTest.Publiek.class)
class PubliekeUrlTest {

    public static class Publiek implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "vraagwijzer.http.publieke-url", "https://api.vraagwijzer.example.nl",
                    "vraagwijzer.http.vertrouwde-proxies", "127.0.0.1");
        }
    }

    @Test
    void locationEnLinkVolgenDeConfiguratieNietDeHost() {
        Api.als(BEHEERDER)
                .header("Host", "aanvaller.example.com")
                .body(organisatie(uniek("Publiek")))
                .post("/organisaties")
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://api.vraagwijzer.example.nl/v1/organisaties/"));
        Api.als(BEHEERDER)
                .header("Host", "aanvaller.example.com")
                .queryParam("pageSize", 1)
                .get("/organisaties")
                .then()
                .statusCode(200)
                .header(
                        "Link",
                        allOf(
                                containsString("<https://api.vraagwijzer.example.nl/v1/organisaties?"),
                                not(containsString("aanvaller"))));
    }

    @Test
    void eenVertrouwdeProxyNoemtDeHost() {
        Api.als(BEHEERDER)
                .header("X-Forwarded-Host", "balie.gemeente.example.nl")
                .header("X-Forwarded-Proto", "https")
                .body(organisatie(uniek("Proxy")))
                .post("/organisaties")
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://balie.gemeente.example.nl/v1/organisaties/"));
    }
}
