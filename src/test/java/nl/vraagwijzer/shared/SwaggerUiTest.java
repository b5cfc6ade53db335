package nl.vraagwijzer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/** Swagger UI (as in dev mode) gets a CSP that lets its own scripts run; the API keeps the strict one. */
@QuarkusTest
@TestProfile(SwaggerUiTest.MetSwaggerUi.class)
class SwaggerUiTest {

    public static class MetSwaggerUi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.always-include", "true");
        }
    }

    @Test
    void swaggerUiWerktMetZijnEigenCsp() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("/v1/openapi.json"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", not(containsString("default-src 'none'")));
        Api.anoniem()
                .get("/openapi.json")
                .then()
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }
}
