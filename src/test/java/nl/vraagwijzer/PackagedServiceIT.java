package nl.vraagwijzer;

import static io.restassured.RestAssured.given;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (the fast-jar that docker/Dockerfile.jvm ships), started with the prod
 * profile against a fresh database and the test OIDC provider: the promises of the foundation.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {

    @Test
    void contractIsOpen() {
        Api.anoniem()
                .get("/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .header("API-Version", Contractcontrole.VERSIE)
                .body("openapi", is("3.0.3"));
    }

    @Test
    void anoniemKrijgt401Problem() {
        isProblem(Api.anoniem().get("/organisaties").then(), 401);
    }

    @Test
    void beheerderVoegtToeEnZoekt() {
        String naam = uniek("Sint Jans Gasthuis");
        String id = Api.als(BEHEERDER)
                .body(organisatie(naam))
                .post("/organisaties")
                .then()
                .statusCode(201)
                .header("Location", containsString("/v1/organisaties/"))
                .extract()
                .path("id");
        Api.als(BEHEERDER)
                .queryParam("naam", naam)
                .get("/organisaties")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", hasItem(id));
    }

    @Test
    void partnerMagDeSocialeKaartNietSchrijven() {
        Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                .body(organisatie("Nep"))
                .post("/organisaties")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void misvormdeJsonEnOntbrekendeNaamGeven400() {
        Api.als(BEHEERDER)
                .body("{\"naam\":")
                .post("/organisaties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON"));
        Api.als(BEHEERDER)
                .body(Map.of("omschrijving", "zonder naam"))
                .post("/organisaties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("naam"));
    }

    @Test
    void balieRegistreertTeamleiderZietHetOpenstaandeWerk() {
        java.util.UUID inwoner = nl.vraagwijzer.support.VoordeurData.maakInwoner();
        String team = nl.vraagwijzer.support.VoordeurData.uniekTeam();
        java.util.UUID vraag = nl.vraagwijzer.support.VoordeurData.maakHulpvraag(inwoner, team);
        Api.alsTeam(nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER, team)
                .queryParam("status", "open")
                .get("/hulpvragen")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(vraag.toString()));
        Api.als(nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .get("/logboek")
                .then()
                .statusCode(200)
                .body("actie", org.hamcrest.Matchers.hasItem("hulpvragen-zoeken"));
    }

    @Test
    void onbekendPadGeeft404Problem() {
        Api.buitenContract(BEHEERDER)
                .get("/bestaat-niet")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/ook-niet").then().statusCode(404).contentType("application/problem+json");
    }
}
