package nl.vraagwijzer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.Map;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's dev mode, with what {@code %dev} in application.properties switches on: Swagger UI,
 * and browser front ends on this machine. Swagger UI gets a CSP that lets its own scripts run (the
 * API keeps the strict one), and "Try it out" calls the service that served the page.
 */
@QuarkusTest
@TestProfile(SwaggerUiTest.AlsInDevMode.class)
class SwaggerUiTest {

    /** The {@code %dev} settings this test is about (the test profile has no Swagger UI and no localhost CORS). */
    public static class AlsInDevMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.always-include", "true", "vraagwijzer.cors.localhost", "true");
        }
    }

    @Test
    void swaggerUiWerktMetZijnEigenCsp() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")));
        Api.anoniem()
                .get("/openapi.json")
                .then()
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    /**
     * Swagger UI reads the contract with this service as its first server, as a path without a
     * host: "Try it out" goes to whatever host the page was opened under (localhost, 127.0.0.1, a
     * laptop's name), not to production. Everything else is the published contract, which keeps
     * its documented servers.
     */
    @Test
    void tryItOutRoeptDeDienstAanDieDePaginaServeerde() throws IOException {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/swagger-ui-contract.json"));
        JsonNode voorSwaggerUi = new ObjectMapper()
                .readTree(given().header("Host", "laptop-van-fatima:8080")
                        .get("/q/swagger-ui-contract.json")
                        .then()
                        .statusCode(200)
                        .contentType("application/json")
                        .extract()
                        .asString());
        ObjectNode gepubliceerd = Contractcontrole.bron();
        assertEquals("/v1", voorSwaggerUi.at("/servers/0/url").asText());
        for (int i = 0; i < gepubliceerd.path("servers").size(); i++) {
            assertEquals(
                    gepubliceerd.path("servers").get(i),
                    voorSwaggerUi.path("servers").get(i + 1));
        }
        ObjectNode zonderServers = ((ObjectNode) voorSwaggerUi.deepCopy());
        zonderServers.remove("servers");
        gepubliceerd.remove("servers");
        assertEquals(gepubliceerd, zonderServers, "only the servers differ from the published contract");
        Api.anoniem()
                .get("/openapi.json")
                .then()
                .body("servers[0].url", containsString("https://api.vraagwijzer.example.nl/v1"));
    }

    @Test
    void eenFrontendOpLocalhostMagDeApiAanroepen() {
        for (String origin : new String[] {"http://localhost:5173", "http://127.0.0.1:4200", "http://[::1]:3000"}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type")
                    .options("/v1/hulpvragen")
                    .then()
                    .statusCode(204)
                    .header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Headers", containsString("Authorization"));
        }
        Api.anoniem()
                .header("Origin", "http://localhost:5173")
                .get("/organisaties")
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        // only loopback addresses over http: not another host, not another scheme, not a look-alike
        for (String origin : new String[] {
            "http://localhost.example.nl:5173", "https://evil.example.nl", "http://192.168.1.10:5173", "file://"
        }) {
            Api.anoniem()
                    .header("Origin", origin)
                    .get("/organisaties")
                    .then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }
}
