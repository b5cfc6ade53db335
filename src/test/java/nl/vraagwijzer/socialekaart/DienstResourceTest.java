package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.SocialeKaartData.dienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DienstResourceTest {

    @Nested
    class AlsBeheerder {

        @Test
        void voegtToeEnLeestTerug() {
            UUID organisatie = maakOrganisatie(uniek("MEE Noord- en Midden-Limburg"));
            Map<String, Object> body = dienst(
                    organisatie, "Cliëntondersteuning", List.of("basale-adl", "sociaal-netwerk"), List.of("Crabbehof"));
            String id = Api.als(BEHEERDER)
                    .body(body)
                    .post("/diensten")
                    .then()
                    .statusCode(201)
                    .header("Location", containsString("/v1/diensten/"))
                    .header("ETag", "\"0\"")
                    .body("organisatieId", is(organisatie.toString()))
                    .body("leefgebieden", contains("basale-adl", "sociaal-netwerk"))
                    .body("wijken", contains("Crabbehof"))
                    .body("aanmeldwijze", is("verwijzing"))
                    .body("contact.emailadres", is("aanmelden@example.nl"))
                    .extract()
                    .path("id");
            Api.als(PROFESSIONAL)
                    .get("/diensten/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("naam", is("Cliëntondersteuning"));
        }

        @Test
        void onbekendeOrganisatieGeeft400EnSchrijftNiets() {
            String naam = uniek("Weesdienst");
            UUID onbekend = UUID.randomUUID();
            Api.als(BEHEERDER)
                    .body(dienst(onbekend, naam, List.of("financien"), List.of()))
                    .post("/diensten")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", allOf(containsString("organisatieId"), containsString(onbekend.toString())));
            Api.als(BEHEERDER).queryParam("naam", naam).get("/diensten").then().header("X-Total-Count", "0");
        }

        @Test
        void wijzigtMetIfMatch() {
            UUID organisatie = maakOrganisatie(uniek("Land van Horne"));
            UUID id = maakDienst(organisatie, "Thuiszorg", List.of("lichamelijke-gezondheid"), List.of());
            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(dienst(
                            organisatie, "Wijkverpleging", List.of("lichamelijke-gezondheid", "basale-adl"), List.of()))
                    .put("/diensten/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("naam", is("Wijkverpleging"))
                    .body("leefgebieden", contains("lichamelijke-gezondheid", "basale-adl"));
            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(dienst(organisatie, "Te laat", List.of("basale-adl"), List.of()))
                    .put("/diensten/{id}", id)
                    .then()
                    .statusCode(412);
            Api.als(BEHEERDER)
                    .body(dienst(organisatie, "Zonder versie", List.of("basale-adl"), List.of()))
                    .put("/diensten/{id}", id)
                    .then()
                    .statusCode(428);
        }

        @Test
        void verwijdertEnDaarnaKanDeOrganisatieWeg() {
            UUID organisatie = maakOrganisatie(uniek("Pedagogisch Sociaal Werk"));
            UUID id = maakDienst(organisatie, "Opvoedondersteuning", List.of("huiselijke-relaties"), List.of());
            Api.als(BEHEERDER).delete("/diensten/{id}", id).then().statusCode(204);
            Api.als(BEHEERDER).get("/diensten/{id}", id).then().statusCode(404);
            Api.als(BEHEERDER).delete("/organisaties/{id}", organisatie).then().statusCode(204);
        }
    }

    @Nested
    class Zoeken {

        @Test
        void opLeefgebiedEnWijkMetGemeentebredeDiensten() {
            String label = uniek("Zoek");
            UUID organisatie = maakOrganisatie(label + " Vivenz");
            UUID inWijk =
                    maakDienst(organisatie, label + " schuldhulp Wielwijk", List.of("financien"), List.of("Wielwijk"));
            UUID gemeentebreed = maakDienst(organisatie, label + " schuldhulp stad", List.of("financien"), List.of());
            maakDienst(organisatie, label + " schuldhulp Crabbehof", List.of("financien"), List.of("Crabbehof"));
            maakDienst(organisatie, label + " GGZ Wielwijk", List.of("geestelijke-gezondheid"), List.of("Wielwijk"));

            Api.als(PROFESSIONAL)
                    .queryParam("naam", label)
                    .queryParam("leefgebied", "financien")
                    .queryParam("wijk", "Wielwijk")
                    .get("/diensten")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "2")
                    .body("id", containsInAnyOrder(inWijk.toString(), gemeentebreed.toString()));
        }

        @Test
        void opOrganisatie() {
            String label = uniek("Per organisatie");
            UUID eerste = maakOrganisatie(label + " A");
            UUID tweede = maakOrganisatie(label + " B");
            UUID vanEerste = maakDienst(eerste, label + " dienst", List.of("werk-en-opleiding"), List.of());
            maakDienst(tweede, label + " dienst", List.of("werk-en-opleiding"), List.of());
            Api.als(PROFESSIONAL)
                    .queryParam("organisatieId", eerste)
                    .get("/diensten")
                    .then()
                    .body("id", contains(vanEerste.toString()));
        }

        @Test
        void organisatiesOpLeefgebiedEnWijkVanHunDiensten() {
            String label = uniek("Org zoek");
            UUID verslavingszorg = maakOrganisatie(label + " Vincent van Gogh");
            UUID huisvesting = maakOrganisatie(label + " Woonbron");
            maakOrganisatie(label + " zonder diensten");
            maakDienst(verslavingszorg, "Verslavingszorg", List.of("middelengebruik"), List.of("Nieuw Krispijn"));
            maakDienst(huisvesting, "Huurschuld", List.of("huisvesting", "financien"), List.of());

            Api.als(PARTNER)
                    .queryParam("naam", label)
                    .queryParam("leefgebied", "middelengebruik")
                    .get("/organisaties")
                    .then()
                    .body("id", contains(verslavingszorg.toString()));
            Api.als(PARTNER)
                    .queryParam("naam", label)
                    .queryParam("wijk", "Nieuw Krispijn")
                    .get("/organisaties")
                    .then()
                    .body("id", containsInAnyOrder(verslavingszorg.toString(), huisvesting.toString()));
            Api.als(PARTNER)
                    .queryParam("naam", label)
                    .queryParam("leefgebied", "middelengebruik")
                    .queryParam("wijk", "Crabbehof")
                    .get("/organisaties")
                    .then()
                    .body("id", empty());
        }

        @Test
        void naamIsHoofdletterongevoeligEnJokersTellenNiet() {
            String label = uniek("Tekst");
            UUID id = maakOrganisatie(label + " Algemeen Maatschappelijk Werk 100%");
            maakOrganisatie(label + " Algemeen Maatschappelijk Werk 1000");
            Api.als(PROFESSIONAL)
                    .queryParam("naam", label.toUpperCase() + " ALGEMEEN MAATSCHAPPELIJK WERK 100%")
                    .get("/organisaties")
                    .then()
                    .body("id", contains(id.toString()));
        }
    }

    @Nested
    class Pagineren {

        @Test
        void linksTotaalEnVasteVolgorde() {
            String label = uniek("Pagina");
            UUID organisatie = maakOrganisatie(label);
            List<String> namen = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                maakDienst(organisatie, label + " dienst", List.of("tijdsbesteding"), List.of());
            }
            List<String> alle = Api.als(PROFESSIONAL)
                    .queryParam("organisatieId", organisatie)
                    .queryParam("pageSize", 100)
                    .get("/diensten")
                    .then()
                    .extract()
                    .path("id");
            assertEquals(5, alle.size());

            Response eerste = Api.als(PROFESSIONAL)
                    .queryParam("organisatieId", organisatie)
                    .queryParam("pageSize", 2)
                    .get("/diensten");
            eerste.then()
                    .statusCode(200)
                    .header("X-Total-Count", "5")
                    .header(
                            "Link",
                            allOf(
                                    containsString("page=1&pageSize=2>; rel=\"first\""),
                                    containsString("page=2&pageSize=2>; rel=\"next\""),
                                    containsString("page=3&pageSize=2>; rel=\"last\""),
                                    not(containsString("rel=\"prev\""))));
            namen.addAll(eerste.path("id"));

            for (int page = 2; page <= 3; page++) {
                Response volgende = Api.als(PROFESSIONAL)
                        .queryParam("organisatieId", organisatie)
                        .queryParam("pageSize", 2)
                        .queryParam("page", page)
                        .get("/diensten");
                volgende.then().header("Link", containsString("rel=\"prev\""));
                namen.addAll(volgende.path("id"));
            }
            // same names everywhere: the id decides, so pages neither overlap nor skip
            assertEquals(alle, namen);
        }

        @Test
        void linkHoudtFiltersVast() {
            String label = uniek("Filter in link");
            Api.als(PROFESSIONAL)
                    .queryParam("naam", label)
                    .queryParam("leefgebied", "justitie")
                    .get("/organisaties")
                    .then()
                    .header("Link", allOf(containsString("leefgebied=justitie"), containsString("rel=\"last\"")))
                    .header("X-Total-Count", "0");
        }
    }
}
