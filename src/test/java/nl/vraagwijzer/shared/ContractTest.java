package nl.vraagwijzer.shared;

import static io.restassured.RestAssured.given;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Test;

/** The service publishes the contract (the bundle of openapi/) itself, unchanged, to anyone. */
@QuarkusTest
class ContractTest {

    private static JsonNode bron() {
        return Contractcontrole.bron();
    }

    @Test
    void isOpenbaarMetCorsEnGelijkAanDeBron() throws IOException {
        String json = Api.anoniem()
                .header("Origin", "https://andere-gemeente.example.nl")
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .extract()
                .asString();
        assertEquals(bron(), new ObjectMapper().readTree(json));
    }

    @Test
    void apiVersionKomtUitHetContract() {
        String versie = bron().path("info").path("version").asText();
        Api.anoniem().get("/openapi.json").then().header("API-Version", versie);
        Api.als(BEHEERDER).get("/organisaties").then().statusCode(200).header("API-Version", versie);
        Api.anoniem().get("/organisaties").then().statusCode(401).header("API-Version", versie);
        given().get("/q/health").then().header("API-Version", versie);
    }

    @Test
    void serverUrlEindigtOpV1() {
        bron().path("servers")
                .forEach(server -> org.junit.jupiter.api.Assertions.assertTrue(
                        server.path("url").asText().endsWith("/v1"), server.toString()));
    }
}
