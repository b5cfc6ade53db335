package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.hulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HulpvraagResourceTest {

    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Nested
    class Registreren {

        @Test
        void termijnVolgtUitHetWettelijkKader() {
            UUID inwoner = maakInwoner();
            Map<String, String> verwacht = Map.of(
                    "wmo-melding", WettelijkKader.WMO_MELDING.termijn(VANDAAG).toString(),
                    "schuldhulp-spoed",
                            WettelijkKader.SCHULDHULP_SPOED.termijn(VANDAAG).toString(),
                    "jeugd", WettelijkKader.JEUGD.termijn(VANDAAG).toString());
            verwacht.forEach((kader, termijn) -> Api.als(BALIEMEDEWERKER)
                    .body(hulpvraag(inwoner, uniekTeam(), kader))
                    .post("/hulpvragen")
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("status", is("nieuw"))
                    .body("registratieDatum", is(VANDAAG.toString()))
                    .body("termijnDatum", is(termijn))
                    .body("termijnVerlopen", is(false))
                    .body("wijk", is("Wielwijk"))
                    .body("urgentie", is("normaal"))
                    .body("inwonerId", is(inwoner.toString()))
                    .body("omschrijving", containsString("rekeningen"))
                    .body("$", not(hasKey("inwonerPseudoniem"))));
        }

        @Test
        void onbekendeInwonerOfKanaalGeeft400() {
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .body(hulpvraag(UUID.randomUUID(), uniekTeam(), "jeugd"))
                                    .post("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("inwonerId"));
            Map<String, Object> body = hulpvraag(maakInwoner(), uniekTeam(), "jeugd");
            body.put("kanaal", "postduif");
            isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/hulpvragen").then(), 400)
                    .body("detail", allOf(containsString("kanaal"), containsString("balie")));
        }

        @Test
        void alleenDeBalieRegistreert() {
            UUID inwoner = maakInwoner();
            isProblem(
                    Api.alsTeam(PROFESSIONAL, "x")
                            .body(hulpvraag(inwoner, "x", "jeugd"))
                            .post("/hulpvragen")
                            .then(),
                    403);
            isProblem(
                    Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                            .body(hulpvraag(inwoner, "x", "jeugd"))
                            .post("/hulpvragen")
                            .then(),
                    403);
        }
    }

    @Nested
    class Behandelen {

        @Test
        void professionalVanHetTeamWijzigtMetIfMatch() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team, "participatie");
            Map<String, Object> wijziging = Map.of(
                    "omschrijving", "Eerst de schulden, dan werk.",
                    "leefgebieden", List.of("financien"),
                    "wettelijkKader", "schuldhulp",
                    "urgentie", "hoog",
                    "team", team);
            isProblem(
                    Api.alsTeam(PROFESSIONAL, team)
                            .body(wijziging)
                            .put("/hulpvragen/{id}", vraag)
                            .then(),
                    428);
            Api.alsTeam(PROFESSIONAL, team)
                    .header("If-Match", "\"0\"")
                    .body(wijziging)
                    .put("/hulpvragen/{id}", vraag)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("wettelijkKader", is("schuldhulp"))
                    .body(
                            "termijnDatum",
                            is(WettelijkKader.SCHULDHULP.termijn(VANDAAG).toString()));
            isProblem(
                    Api.alsTeam(PROFESSIONAL, team)
                            .header("If-Match", "\"0\"")
                            .body(wijziging)
                            .put("/hulpvragen/{id}", vraag)
                            .then(),
                    412);
        }

        @Test
        void anderTeamKrijgt403() {
            UUID vraag = maakHulpvraag(maakInwoner(), uniekTeam());
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .get("/hulpvragen/{id}", vraag)
                            .then(),
                    403);
            isProblem(
                    Api.alsTeam(TEAMLEIDER, uniekTeam())
                            .header("If-Match", "\"0\"")
                            .body(Map.of("status", "in-behandeling"))
                            .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                            .then(),
                    403);
        }

        @Test
        void statusovergangen() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            status(team, vraag, 0, Map.of("status", "in-behandeling"))
                    .statusCode(200)
                    .body("status", is("in-behandeling"));
            isProblem(status(team, vraag, 1, Map.of("status", "nieuw")), 409)
                    .body("detail", containsString("toegestaan: afgesloten, verwezen"));
            isProblem(status(team, vraag, 1, Map.of("status", "afgesloten")), 400)
                    .body("detail", containsString("afsluitreden"));
            status(team, vraag, 1, Map.of("status", "afgesloten", "afsluitreden", "opgelost"))
                    .statusCode(200)
                    .body("afsluitreden", is("opgelost"));
            isProblem(status(team, vraag, 2, Map.of("status", "in-behandeling")), 400)
                    .body("detail", containsString("reden"));
            status(team, vraag, 2, Map.of("status", "in-behandeling", "reden", "Nieuwe brief van de deurwaarder"))
                    .statusCode(200)
                    .body("status", is("in-behandeling"));
        }

        private io.restassured.response.ValidatableResponse status(
                String team, UUID vraag, int versie, Map<String, Object> body) {
            return Api.alsTeam(PROFESSIONAL, team)
                    .header("If-Match", "\"" + versie + "\"")
                    .body(body)
                    .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                    .then();
        }

        @Test
        void contactmomenten() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of(
                            "datum", VANDAAG.minusDays(1).toString(), "kanaal", "balie", "verslag", "Eerste gesprek"))
                    .post("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(201)
                    .body("medewerker", is("test-baliemedewerker"));
            Api.alsTeam(PROFESSIONAL, team)
                    .body(Map.of("datum", VANDAAG.toString(), "kanaal", "telefoon", "verslag", "Teruggebeld"))
                    .post("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(201);
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .body(Map.of(
                                            "datum",
                                            VANDAAG.plusDays(1).toString(),
                                            "kanaal",
                                            "balie",
                                            "verslag",
                                            "Later"))
                                    .post("/hulpvragen/{id}/contactmomenten", vraag)
                                    .then(),
                            400)
                    .body("detail", containsString("datum"));
            Api.alsTeam(PROFESSIONAL, team)
                    .get("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(200)
                    .body("verslag", contains("Teruggebeld", "Eerste gesprek"));
        }

        @Test
        void rapportageLeestGeenLosseHulpvraag() {
            UUID vraag = maakHulpvraag(maakInwoner(), uniekTeam());
            isProblem(
                    Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                            .get("/hulpvragen/{id}", vraag)
                            .then(),
                    403);
        }

        @Test
        void onbekendeHulpvraagGeeft404() {
            isProblem(
                    Api.als(BALIEMEDEWERKER)
                            .get("/hulpvragen/{id}", UUID.randomUUID())
                            .then(),
                    404);
        }

        @Test
        void teLangeOmschrijvingWordtGenoemd() {
            Map<String, Object> body = hulpvraag(maakInwoner(), uniekTeam(), "jeugd");
            body.put("omschrijving", "x".repeat(4001));
            isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/hulpvragen").then(), 400)
                    .body("detail", containsString("omschrijving"));
        }
    }

    @Test
    void etagVerandertNietBijLezen() {
        UUID vraag = maakHulpvraag(maakInwoner(), uniekTeam());
        String etag = Api.als(BALIEMEDEWERKER)
                .get("/hulpvragen/{id}", vraag)
                .then()
                .extract()
                .header("ETag");
        assertEquals("\"0\"", etag);
    }
}
