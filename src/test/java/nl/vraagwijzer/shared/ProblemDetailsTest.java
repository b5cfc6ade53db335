package nl.vraagwijzer.shared;

import static io.restassured.RestAssured.given;
import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.SocialeKaartData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every 4xx is RFC 9457 problem+json that names the cause, and bad input writes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    static void nietsGeschreven(String naam) {
        Api.als(BEHEERDER)
                .queryParam("naam", naam)
                .get("/organisaties")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Nested
    class OngeldigeInvoer {

        @Test
        void misvormdeJson() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .body("{\"naam\": \"MEE\",")
                                    .post("/organisaties")
                                    .then(),
                            400)
                    .body("detail", containsString("geen geldige JSON"))
                    .body("instance", is("/v1/organisaties"));
        }

        @Test
        void ontbrekendeNaamWordtGenoemd() {
            Map<String, Object> body = organisatie("x");
            body.remove("naam");
            isProblem(Api.als(BEHEERDER).body(body).post("/organisaties").then(), 400)
                    .body("detail", containsString("naam"));
        }

        @Test
        void elkOngeldigVeldWordtGenoemd() {
            String naam = uniek("Ongeldig");
            Map<String, Object> body = organisatie(naam);
            body.put("kvkNummer", "123");
            body.put("emailadres", "geen-email");
            body.put("adres", Map.of("straat", "Markt", "huisnummer", 0, "postcode", "0000XX", "plaats", "Weert"));
            isProblem(Api.als(BEHEERDER).body(body).post("/organisaties").then(), 400)
                    .body(
                            "detail",
                            allOf(
                                    containsString("kvkNummer"),
                                    containsString("emailadres"),
                                    containsString("adres.huisnummer"),
                                    containsString("adres.postcode")))
                    .body("detail", not(containsString("Dto")))
                    .body("detail", not(containsString("createOrganisatie")));
            nietsGeschreven(naam);
        }

        @Test
        void onbekendVeldWordtGeweigerd() {
            String naam = uniek("Met id");
            Map<String, Object> body = organisatie(naam);
            body.put("id", UUID.randomUUID().toString());
            isProblem(Api.als(BEHEERDER).body(body).post("/organisaties").then(), 400)
                    .body("detail", containsString("id: onbekend veld"));
            nietsGeschreven(naam);
        }

        @Test
        void verkeerdTypeWordtGenoemd() {
            Map<String, Object> body = organisatie(uniek("Huisnummer als tekst"));
            body.put("adres", Map.of("straat", "Markt", "huisnummer", "tien", "postcode", "6001AB", "plaats", "Weert"));
            isProblem(Api.als(BEHEERDER).body(body).post("/organisaties").then(), 400)
                    .body("detail", containsString("adres.huisnummer"))
                    .body("detail", containsString("getal"));
        }

        @Test
        void onbekendLeefgebiedInBody() {
            UUID organisatie = SocialeKaartData.maakOrganisatie(uniek("CZ"));
            Map<String, Object> body =
                    SocialeKaartData.dienst(organisatie, "Zorgverzekering", List.of("geluk"), List.of());
            isProblem(Api.als(BEHEERDER).body(body).post("/diensten").then(), 400)
                    .body("detail", containsString("leefgebieden"))
                    .body("detail", containsString("financien"));
        }

        @Test
        void lijstVanLeefgebiedenMagNietLeegZijn() {
            UUID organisatie = SocialeKaartData.maakOrganisatie(uniek("Vorkmeer"));
            Map<String, Object> body = SocialeKaartData.dienst(organisatie, "Geen leefgebied", List.of(), List.of());
            isProblem(Api.als(BEHEERDER).body(body).post("/diensten").then(), 400)
                    .body("detail", containsString("leefgebieden"));
        }

        @Test
        void legeBody() {
            isProblem(Api.als(BEHEERDER).post("/organisaties").then(), 400)
                    .body("detail", containsString("request body"));
        }

        @Test
        void legeZoekparameterIsOngeldigNietGenegeerd() {
            isProblem(Api.als(BEHEERDER).get("/organisaties?naam=").then(), 400).body("detail", containsString("naam"));
            isProblem(Api.als(BEHEERDER).get("/diensten?wijk=&naam=x").then(), 400)
                    .body("detail", containsString("wijk"));
        }

        @Test
        void ongeldigePaginagrootte() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .queryParam("pageSize", 101)
                                    .get("/organisaties")
                                    .then(),
                            400)
                    .body("detail", startsWith("pageSize: "));
            isProblem(
                            Api.als(BEHEERDER)
                                    .queryParam("page", 0)
                                    .get("/organisaties")
                                    .then(),
                            400)
                    .body("detail", startsWith("page: "));
        }

        @Test
        void kopregelHeetZoalsInHetContract() {
            // query and header parameters reach the resource as one object; the problem names the
            // parameter as the client sent it (see also ongeldigePaginagrootte), not its Java path
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .header("X-Doelbinding", "d".repeat(501))
                                    .get("/hulpvragen/" + UUID.randomUUID())
                                    .then(),
                            400)
                    .body("detail", startsWith("X-Doelbinding: "));
        }

        @Test
        void onbekendLeefgebiedAlsFilter() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .queryParam("leefgebied", "geluk")
                                    .get("/diensten")
                                    .then(),
                            400)
                    .body("detail", containsString("leefgebied"));
        }

        @Test
        void ongeldigeUuidAlsFilter() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .queryParam("organisatieId", "abc")
                                    .get("/diensten")
                                    .then(),
                            400)
                    .body("detail", containsString("organisatieId"));
        }

        @Test
        void ongeldigeUuidInPad() {
            isProblem(Api.als(BEHEERDER).get("/organisaties/geen-uuid").then(), 400)
                    .body("detail", containsString("id"));
        }

        @Test
        void paginagrootteAlsTekst() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .queryParam("pageSize", "veel")
                                    .get("/organisaties")
                                    .then(),
                            400)
                    .body("detail", containsString("pageSize"));
        }
    }

    @Nested
    class Http {

        @Test
        void onbekendPadOnderV1() {
            isProblem(Api.buitenContract(BEHEERDER).get("/bestaat-niet").then(), 404)
                    .body("instance", is("/v1/bestaat-niet"));
        }

        @Test
        void onbekendPadBuitenV1() {
            isProblem(given().get("/bestaat-niet").then(), 404);
        }

        @Test
        void onbekendPadZonderTokenIsOok404() {
            isProblem(Api.buitenContract(null).get("/bestaat-niet").then(), 404);
        }

        @Test
        void methodeNietToegestaan() {
            isProblem(Api.buitenContract(BEHEERDER).patch("/organisaties").then(), 405)
                    .header("Allow", containsString("GET"));
        }

        @Test
        void nietAcceptabel() {
            isProblem(
                    Api.als(BEHEERDER)
                            .accept("application/xml")
                            .get("/organisaties")
                            .then(),
                    406);
        }

        @Test
        void mediatypeNietOndersteund() {
            isProblem(
                    Api.als(BEHEERDER)
                            .contentType(ContentType.XML)
                            .body("<organisatie/>")
                            .post("/organisaties")
                            .then(),
                    415);
        }

        @Test
        void onverwachteFoutToontGeenInterneDetails() {
            isProblem(
                            Api.buitenContract(null)
                                    .get("/test-alleen/onverwachte-fout")
                                    .then(),
                            500)
                    .body("detail", containsString("referentie"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("nl.vraagwijzer")))
                    .body(not(containsString("SELECT")));
        }

        @Test
        void teGroteBody() {
            String groot = "x".repeat(2 * 1024 * 1024);
            isProblem(
                    Api.als(BEHEERDER)
                            .body(Map.of("naam", groot))
                            .post("/organisaties")
                            .then(),
                    413);
        }
    }
}
