package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OrganisatieResourceTest {

    @Nested
    class AlsBeheerder {

        @Test
        void voegtToeMetLocationEnETag() {
            String naam = uniek("MEE Drechtsteden");
            String id = Api.als(BEHEERDER)
                    .body(organisatie(naam))
                    .post("/organisaties")
                    .then()
                    .statusCode(201)
                    .contentType("application/json")
                    .header("ETag", "\"0\"")
                    .body("naam", is(naam))
                    .body("kvkNummer", is("24352624"))
                    .body("adres.postcode", is("3311GR"))
                    .body("aangemaaktOp", notNullValue())
                    .extract()
                    .path("id");

            Api.als(BALIEMEDEWERKER)
                    .get("/organisaties/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", is(id))
                    .body("naam", is(naam));
        }

        @Test
        void locationWijstNaarDeNieuweOrganisatie() {
            String location = Api.als(BEHEERDER)
                    .body(organisatie(uniek("Vivenz")))
                    .post("/organisaties")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            Api.als(BEHEERDER)
                    .get(location.substring(location.indexOf("/v1") + 3))
                    .then()
                    .statusCode(200)
                    .body("id", is(id));
            org.hamcrest.MatcherAssert.assertThat(location, endsWith("/v1/organisaties/" + id));
        }

        @Test
        void wijzigtMetIfMatchEnGeeftNieuweETag() {
            UUID id = maakOrganisatie(uniek("Woonbron"));
            Map<String, Object> gewijzigd = organisatie("Woonbron Dordrecht");

            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(gewijzigd)
                    .put("/organisaties/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("naam", is("Woonbron Dordrecht"));
        }

        @Test
        void verouderdeIfMatchGeeft412EnWijzigtNiets() {
            UUID id = maakOrganisatie(uniek("Zichtbare Schakel"));
            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(organisatie("Eerste wijziging"))
                    .put("/organisaties/{id}", id)
                    .then()
                    .statusCode(200);

            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(organisatie("Tweede wijziging"))
                    .put("/organisaties/{id}", id)
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("status", is(412))
                    .body("detail", containsString("huidige versie is 1"));

            Api.als(BEHEERDER).get("/organisaties/{id}", id).then().body("naam", is("Eerste wijziging"));
        }

        @Test
        void wijzigenZonderIfMatchGeeft428() {
            UUID id = maakOrganisatie(uniek("Sociale Dienst Drechtsteden"));
            Api.als(BEHEERDER)
                    .body(organisatie("Zonder versie"))
                    .put("/organisaties/{id}", id)
                    .then()
                    .statusCode(428)
                    .contentType("application/problem+json")
                    .body("detail", containsString("If-Match"));
        }

        @Test
        void verwijdert() {
            UUID id = maakOrganisatie(uniek("Punt Welzijn"));
            Api.als(BEHEERDER).delete("/organisaties/{id}", id).then().statusCode(204);
            Api.als(BEHEERDER)
                    .get("/organisaties/{id}", id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }

        @Test
        void verwijderenMetDienstenGeeft409() {
            UUID id = maakOrganisatie(uniek("MET GGZ"));
            maakDienst(id, "Ambulante GGZ", List.of("geestelijke-gezondheid"), List.of());
            Api.als(BEHEERDER)
                    .delete("/organisaties/{id}", id)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("diensten"));
        }

        @Test
        void onbekendeOrganisatieGeeft404() {
            UUID onbekend = UUID.randomUUID();
            Api.als(BEHEERDER)
                    .get("/organisaties/{id}", onbekend)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString(onbekend.toString()))
                    .body("instance", is("/v1/organisaties/" + onbekend));
        }

        @Test
        void demoDataIsErAlleenInDevMode() {
            Api.als(BEHEERDER)
                    .get("/organisaties/{id}", DemoDataTest.MEE_DRECHTSTEDEN)
                    .then()
                    .statusCode(404);
        }

        @Test
        void nieuweOrganisatiesKrijgenElkEenEigenId() {
            assertNotEquals(maakOrganisatie(uniek("Proteion")), maakOrganisatie(uniek("Proteion")));
        }
    }

    @Nested
    class AlsPartner {

        @Test
        void leestDeSocialeKaart() {
            UUID id = maakOrganisatie(uniek("Meditta Zorg"));
            Api.alsOrganisatie(PARTNER, id).get("/organisaties/{id}", id).then().statusCode(200);
            Api.alsOrganisatie(PARTNER, id).get("/organisaties").then().statusCode(200);
        }

        @Test
        void magDeSocialeKaartNietWijzigen() {
            UUID id = maakOrganisatie(uniek("Synthese"));
            Api.alsOrganisatie(PARTNER, id)
                    .body(organisatie("Nep"))
                    .post("/organisaties")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("title", is("Geen toegang"))
                    .body("status", is(403));
            Api.alsOrganisatie(PARTNER, id)
                    .header("If-Match", "\"0\"")
                    .body(organisatie("Nep"))
                    .put("/organisaties/{id}", id)
                    .then()
                    .statusCode(403);
            Api.alsOrganisatie(PARTNER, id)
                    .delete("/organisaties/{id}", id)
                    .then()
                    .statusCode(403);
            Api.als(BEHEERDER).get("/organisaties/{id}", id).then().body("naam", containsString("Synthese"));
        }
    }

    @Nested
    class AlsAndereRol {

        @ParameterizedTest
        @ValueSource(strings = {BALIEMEDEWERKER, PROFESSIONAL, RAPPORTAGE, "teamleider", "privacyfunctionaris"})
        void leestMaarWijzigtNiet(String rol) {
            Api.als(rol).get("/organisaties").then().statusCode(200);
            Api.als(rol).body(organisatie("Nep")).post("/organisaties").then().statusCode(403);
        }

        @Test
        void tokenZonderBekendeRolKrijgt403() {
            Api.als("onbekende-rol")
                    .get("/organisaties")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    class Anoniem {

        @Test
        void krijgt401ProblemMetBearerChallenge() {
            Api.anoniem()
                    .get("/organisaties")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("title", is("Niet geauthenticeerd"))
                    .body("status", is(401))
                    .body("instance", is("/v1/organisaties"));
        }

        @Test
        void kanNietsToevoegen() {
            String naam = uniek("Anoniem toegevoegd");
            Api.anoniem().body(organisatie(naam)).post("/organisaties").then().statusCode(401);
            Api.als(BEHEERDER)
                    .queryParam("naam", naam)
                    .get("/organisaties")
                    .then()
                    .header("X-Total-Count", equalTo("0"));
        }

        @Test
        void vervalstTokenKrijgt401() {
            String token = Tokens.voor(BEHEERDER);
            String[] delen = token.split("\\.");
            String vervalst = delen[0] + "." + delen[1].substring(0, delen[1].length() - 4) + "AAAA." + delen[2];
            Api.anoniem()
                    .auth()
                    .oauth2(vervalst)
                    .get("/organisaties")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
