package nl.vraagwijzer.shared;

import static io.restassured.RestAssured.given;
import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Tokens;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Test;

/** Security headers, CORS for the configured front end only, and rate limits on sensitive operations. */
@QuarkusTest
class TransportTest {

    static final String FRONTEND = "https://balie.gemeente.example.nl";

    @Test
    void beveiligingsheaders() {
        Api.als(BALIEMEDEWERKER)
                .get("/organisaties")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
        Api.anoniem().get("/organisaties").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsAlleenVoorDeIngesteldeFrontend() {
        Api.als(BALIEMEDEWERKER)
                .header("Origin", FRONTEND)
                .get("/organisaties")
                .then()
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("API-Version"));
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .options("/v1/inwoners")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                // a regional team's front end names the gemeente it acts for
                .header("Access-Control-Allow-Headers", containsString("X-Gemeente"));
        Api.als(BALIEMEDEWERKER)
                .header("Origin", "https://aanvaller.example.com")
                .get("/organisaties")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        // outside dev mode a page on localhost is just another origin (SwaggerUiTest: dev mode)
        Api.als(BALIEMEDEWERKER)
                .header("Origin", "http://localhost:5173")
                .get("/organisaties")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void zoekenOpBsnIsBegrensd() {
        String token = Tokens.sign(Tokens.claims(BALIEMEDEWERKER).subject("balie-" + UUID.randomUUID()));
        String bsn = VoordeurData.nieuwBsn();
        for (int i = 0; i < 30; i++) {
            Api.anoniem()
                    .auth()
                    .oauth2(token)
                    .body(Map.of("bsn", bsn))
                    .post("/inwoners/_zoek")
                    .then()
                    .statusCode(200);
        }
        isProblem(
                        Api.anoniem()
                                .auth()
                                .oauth2(token)
                                .body(Map.of("bsn", bsn))
                                .post("/inwoners/_zoek")
                                .then(),
                        429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("per minuut"));
        // another caller is not affected
        Api.als(BALIEMEDEWERKER)
                .body(Map.of("bsn", bsn))
                .post("/inwoners/_zoek")
                .then()
                .statusCode(200);
    }

    @Test
    void exportIsBegrensd() {
        String token = Tokens.sign(Tokens.claims("rapportage").subject("script-" + UUID.randomUUID()));
        for (int i = 0; i < 10; i++) {
            Api.anoniem()
                    .auth()
                    .oauth2(token)
                    .accept("text/csv")
                    .queryParam("team", "niemand")
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200);
        }
        isProblem(
                        Api.anoniem()
                                .auth()
                                .oauth2(token)
                                .accept("text/csv")
                                .queryParam("team", "niemand")
                                .get("/hulpvragen")
                                .then(),
                        429)
                .body("status", is(429));
    }
}
