package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InwonerResourceTest {

    @Nested
    class AlsBaliemedewerker {

        @Test
        void registreertMetWijkUitDePostcode() {
            String bsn = nieuwBsn();
            Api.als(BALIEMEDEWERKER)
                    .body(inwoner(bsn))
                    .post("/inwoners")
                    .then()
                    .statusCode(201)
                    .header("Location", containsString("/v1/inwoners/"))
                    .header("ETag", "\"0\"")
                    .body("bsn", is(bsn))
                    .body("adres.postcode", is("3317AB"))
                    .body("wijk", is("Wielwijk"));
        }

        @Test
        void bekendBsnGeeft409MetVerwijzing() {
            String bsn = nieuwBsn();
            String id = maakInwoner(bsn).toString();
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .body(inwoner(bsn))
                                    .post("/inwoners")
                                    .then(),
                            409)
                    .header("Location", endsWith("/v1/inwoners/" + id))
                    .body("detail", containsString(id))
                    .body("detail", org.hamcrest.Matchers.not(containsString(bsn)));
        }

        @Test
        void bsnMoetDeElfproefHalen() {
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .body(inwoner("123456789"))
                                    .post("/inwoners")
                                    .then(),
                            400)
                    .body("detail", containsString("bsn"));
        }

        @Test
        void geboortedatumNietInDeToekomst() {
            Map<String, Object> body = inwoner(null);
            body.put(
                    "geboortedatum",
                    nl.vraagwijzer.support.Vandaag.nl().plusDays(2).toString());
            isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/inwoners").then(), 400)
                    .body("detail", containsString("geboortedatum"));
        }

        @Test
        void teLangeNaamWordtGenoemd() {
            Map<String, Object> body = inwoner(null);
            body.put("achternaam", "x".repeat(201));
            isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/inwoners").then(), 400)
                    .body("detail", containsString("achternaam"));
        }

        @Test
        void zoektOpBsnInDeBody() {
            String bsn = nieuwBsn();
            String id = maakInwoner(bsn).toString();
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of("bsn", bsn))
                    .post("/inwoners/_zoek")
                    .then()
                    .statusCode(200)
                    .body("id", contains(id));
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of("bsn", nieuwBsn()))
                    .post("/inwoners/_zoek")
                    .then()
                    .statusCode(200)
                    .body("$", empty());
        }

        @Test
        void wijzigtMetIfMatch() {
            UUID id = maakInwoner();
            Map<String, Object> body = inwoner(null);
            // a move within the gemeente: the wijk follows the new postcode
            body.put(
                    "adres",
                    Map.of("straat", "Crabbehoflaan", "huisnummer", 1, "postcode", "3318AB", "plaats", "Dordrecht"));
            isProblem(
                    Api.als(BALIEMEDEWERKER)
                            .body(body)
                            .put("/inwoners/{id}", id)
                            .then(),
                    428);
            Api.als(BALIEMEDEWERKER)
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/inwoners/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("wijk", is("Crabbehof"));
            isProblem(
                    Api.als(BALIEMEDEWERKER)
                            .header("If-Match", "\"0\"")
                            .body(body)
                            .put("/inwoners/{id}", id)
                            .then(),
                    412);
        }
    }

    @Nested
    class AlsProfessional {

        @Test
        void leestInwonerMetHulpvraagVanEigenTeam() {
            UUID inwoner = maakInwoner();
            String team = uniekTeam();
            maakHulpvraag(inwoner, team);
            Api.alsTeam(PROFESSIONAL, team)
                    .get("/inwoners/{id}", inwoner)
                    .then()
                    .statusCode(200);
            Api.alsTeam(TEAMLEIDER, team).get("/inwoners/{id}", inwoner).then().statusCode(200);
        }

        @Test
        void nietVanEenAnderTeam() {
            UUID inwoner = maakInwoner();
            maakHulpvraag(inwoner, uniekTeam());
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .get("/inwoners/{id}", inwoner)
                            .then(),
                    403);
            isProblem(Api.als(PROFESSIONAL).get("/inwoners/{id}", inwoner).then(), 403);
        }

        @Test
        void magNietRegistrerenOfZoekenOpBsn() {
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .body(inwoner(nieuwBsn()))
                            .post("/inwoners")
                            .then(),
                    403);
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .body(Map.of("bsn", nieuwBsn()))
                            .post("/inwoners/_zoek")
                            .then(),
                    403);
        }
    }

    @Nested
    class AndereRollen {

        @Test
        void partnerRapportageEnPrivacyfunctionarisKomenNietBijInwoners() {
            UUID inwoner = maakInwoner();
            for (String rol : new String[] {PARTNER, RAPPORTAGE, PRIVACYFUNCTIONARIS}) {
                isProblem(
                        Api.alsOrganisatie(rol, UUID.randomUUID())
                                .get("/inwoners/{id}", inwoner)
                                .then(),
                        403);
                isProblem(
                        Api.alsOrganisatie(rol, UUID.randomUUID())
                                .body(inwoner(nieuwBsn()))
                                .post("/inwoners")
                                .then(),
                        403);
                isProblem(
                        Api.alsOrganisatie(rol, UUID.randomUUID())
                                .get("/inwoners/{id}/tijdlijn", inwoner)
                                .then(),
                        403);
            }
        }
    }

    @Nested
    class Gelijktijdig {

        @Test
        void tweeKlikkenMetHetzelfdeBsnGevenEenInwonerEnDeAnderenDeLocation() throws Exception {
            String bsn = nieuwBsn();
            int aantal = 8;
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(aantal);
            try {
                java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> antwoorden =
                        new java.util.ArrayList<>();
                for (int i = 0; i < aantal; i++) {
                    antwoorden.add(pool.submit(() -> {
                        start.await();
                        return Api.als(BALIEMEDEWERKER).body(inwoner(bsn)).post("/inwoners");
                    }));
                }
                start.countDown();
                java.util.List<io.restassured.response.Response> klaar = new java.util.ArrayList<>();
                for (var antwoord : antwoorden) {
                    klaar.add(antwoord.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
                java.util.List<io.restassured.response.Response> gemaakt =
                        klaar.stream().filter(r -> r.statusCode() == 201).toList();
                org.junit.jupiter.api.Assertions.assertEquals(1, gemaakt.size(), "exactly one resident is made");
                String id = gemaakt.get(0).path("id");
                for (io.restassured.response.Response r : klaar) {
                    if (r.statusCode() != 201) {
                        isProblem(r.then(), 409).header("Location", endsWith("/v1/inwoners/" + id));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Tijdlijn {

        @Test
        void nieuwsteEerstMetHulpvraagContactEnStatus() {
            UUID inwoner = maakInwoner();
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(inwoner, team);
            Api.alsTeam(PROFESSIONAL, team)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "in-behandeling"))
                    .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                    .then()
                    .statusCode(200);
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of(
                            "datum",
                            nl.vraagwijzer.support.Vandaag.nl().toString(),
                            "kanaal",
                            "telefoon",
                            "verslag",
                            "Gebeld over de huurachterstand."))
                    .post("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(201);

            Api.als(BALIEMEDEWERKER)
                    .get("/inwoners/{id}/tijdlijn", inwoner)
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(3))
                    .body("soort", contains("contactmoment", "statuswijziging", "hulpvraag"))
                    .body("[0].samenvatting", containsString("huurachterstand"));
        }

        @Test
        void professionalZietAlleenZijnTeam() {
            UUID inwoner = maakInwoner();
            String team = uniekTeam();
            UUID eigen = maakHulpvraag(inwoner, team);
            maakHulpvraag(inwoner, uniekTeam());
            Api.alsTeam(PROFESSIONAL, team)
                    .get("/inwoners/{id}/tijdlijn", inwoner)
                    .then()
                    .statusCode(200)
                    .body("hulpvraagId", contains(eigen.toString()));
        }
    }
}
