package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageTest {

    static final String EERST_DE_SCHULDEN = "10000000-0000-4000-8000-000000000006";

    static Map<String, Object> triage(List<Map<String, Object>> scores) {
        Map<String, Object> body = new HashMap<>();
        body.put("zrmScores", scores);
        body.put("uitkomst", "verwijzen");
        return body;
    }

    static Map<String, Object> score(String leefgebied, int score) {
        return Map.of("leefgebied", leefgebied, "score", score);
    }

    static ValidatableResponse triageer(String team, UUID vraag, Map<String, Object> body) {
        return Api.alsTeam(PROFESSIONAL, team)
                .body(body)
                .post("/hulpvragen/{id}/triages", vraag)
                .then();
    }

    @Nested
    class VraagAchterDeVraag {

        @Test
        void eenVraagOmWerkMetSchuldenEerstDeSchulden() {
            String team = uniekTeam();
            // the seed: someone asks for a job (werk-en-opleiding), the triage finds serious debts
            UUID vraag = maakHulpvraag(maakInwoner(), team, "participatie");
            Map<String, Object> body = triage(List.of(score("werk-en-opleiding", 3), score("financien", 1)));
            body.put(
                    "onderliggendeVragen",
                    List.of(Map.of(
                            "leefgebied", "financien",
                            "omschrijving",
                                    "Schulden bij meerdere schuldeisers; loonbeslag dreigt bij een nieuwe baan.",
                            "ernst", "hoog")));
            body.put("eigenKracht", "Houdt zelf een kasboek bij.");
            body.put("netwerk", "Zus helpt met post.");
            triageer(team, vraag, body)
                    .statusCode(201)
                    .header("Location", containsString("/triages/"))
                    .body("urgent", is(false))
                    .body("beoordelaar", is("test-professional"))
                    .body("advies[0].leefgebied", is("financien"))
                    .body("advies[0].urgentie", is("hoog"))
                    .body("advies[0].toelichting", containsString("Eerst de schulden"))
                    .body("advies[0].regels.naam", hasItems("Eerst de schulden", "Schuldhulp"))
                    .body("advies[0].regels.id", hasItem(EERST_DE_SCHULDEN))
                    .body("advies[0].termijnWerkdagen", is(20));
        }

        @Test
        void veiligheidssignaalMaaktUrgentEnNoemtDeMeldcode() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team, "wmo-melding");
            Map<String, Object> body = triage(List.of(score("huiselijke-relaties", 2)));
            body.put("veiligheid", List.of("huiselijk-geweld"));
            triageer(team, vraag, body)
                    .statusCode(201)
                    .body("urgent", is(true))
                    .body("advies[0].leefgebied", is("huiselijke-relaties"))
                    .body("advies[0].urgentie", is("acuut"))
                    .body("advies[0].toelichting", containsString("Meldcode"))
                    .body("advies[0].toelichting", containsString("Veilig Thuis"));
        }

        @Test
        void dreigendeHuisuitzettingGeeftDrieWerkdagen() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team, "schuldhulp");
            Map<String, Object> body = triage(List.of(score("financien", 2)));
            body.put("dreigingen", List.of("huisuitzetting"));
            triageer(team, vraag, body)
                    .statusCode(201)
                    .body("urgent", is(true))
                    .body("advies[0].urgentie", is("acuut"))
                    .body("advies[0].termijnWerkdagen", is(3));
        }

        @Test
        void zelfredzaamGeeftGeenAdvies() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            triageer(team, vraag, triage(List.of(score("financien", 4), score("middelengebruik", 5))))
                    .statusCode(201)
                    .body("advies", empty())
                    .body("urgent", is(false));
        }

        @Test
        void deLaatsteTriageIsDeHuidige() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            triageer(team, vraag, triage(List.of(score("financien", 1)))).statusCode(201);
            String tweede = triageer(team, vraag, triage(List.of(score("financien", 3))))
                    .statusCode(201)
                    .extract()
                    .path("id");
            Api.alsTeam(TEAMLEIDER, team)
                    .get("/hulpvragen/{id}/triages", vraag)
                    .then()
                    .statusCode(200)
                    .body("[0].id", is(tweede))
                    .body("zrmScores.score.flatten()", contains(3, 1));
            Api.alsTeam(TEAMLEIDER, team)
                    .get("/hulpvragen/{id}/triages/{t}", vraag, tweede)
                    .then()
                    .statusCode(200)
                    .body("zrmScores[0].score", is(3));
        }
    }

    @Nested
    class Matching {

        @Test
        void dienstenInDeWijkEerst() {
            String team = uniekTeam();
            UUID organisatie = maakOrganisatie(uniek("Schuldhulp Drechtsteden"));
            // a service naming the resident's wijk comes first; one for another wijk not at all
            UUID inWielwijk = maakDienst(
                    organisatie, uniek("Verslavingszorg Wielwijk"), List.of("middelengebruik"), List.of("Wielwijk"));
            UUID elders = maakDienst(
                    organisatie, uniek("Verslavingszorg Crabbehof"), List.of("middelengebruik"), List.of("Crabbehof"));
            UUID vraag = maakHulpvraag(maakInwoner(), team); // the resident lives in Wielwijk (3317)
            triageer(team, vraag, triage(List.of(score("middelengebruik", 1))))
                    .statusCode(201)
                    .body("advies[0].leefgebied", is("middelengebruik"))
                    .body("advies[0].diensten[0].id", is(inWielwijk.toString()))
                    .body("advies[0].diensten.id", not(hasItem(elders.toString())));
        }
    }

    @Nested
    class Regelbeheer {

        static Map<String, Object> regel(String naam, int max) {
            return Map.of(
                    "naam", naam,
                    "voorwaarde", Map.of("scores", List.of(Map.of("leefgebied", "justitie", "min", 1, "max", max))),
                    "advies", Map.of("leefgebied", "justitie", "urgentie", "hoog", "toelichting", "Reclassering"));
        }

        @Test
        void beheerderVoegtToeEnWijzigtAlsNieuweVersie() {
            String naam = uniek("Justitie");
            String id = Api.als(BEHEERDER)
                    .body(regel(naam, 2))
                    .post("/triageregels")
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("versie", is(0))
                    .body("actief", is(true))
                    .extract()
                    .path("id");
            Api.als(BEHEERDER)
                    .header("If-Match", "\"0\"")
                    .body(regel(naam, 3))
                    .put("/triageregels/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("versie", is(1))
                    .body("voorwaarde.scores[0].max", is(3));
            isProblem(
                    Api.als(BEHEERDER)
                            .header("If-Match", "\"0\"")
                            .body(regel(naam, 2))
                            .put("/triageregels/{id}", id)
                            .then(),
                    412);
            isProblem(
                    Api.als(BEHEERDER)
                            .body(regel(naam, 2))
                            .put("/triageregels/{id}", id)
                            .then(),
                    428);

            // the new version advises, and the advice names it
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            triageer(team, vraag, triage(List.of(score("justitie", 3))))
                    .statusCode(201)
                    .body(
                            "advies.find { it.leefgebied == 'justitie' }.regels.find { it.id == '" + id + "' }.versie",
                            is(1));
        }

        @Test
        void onbruikbareRegelsWordenGeweigerd() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .body(Map.of(
                                            "naam",
                                            "Leeg",
                                            "voorwaarde",
                                            Map.of(),
                                            "advies",
                                            Map.of("leefgebied", "justitie", "urgentie", "hoog")))
                                    .post("/triageregels")
                                    .then(),
                            400)
                    .body("detail", containsString("voorwaarde"));
            isProblem(
                            Api.als(BEHEERDER)
                                    .body(Map.of(
                                            "naam",
                                            "Omgekeerd",
                                            "voorwaarde",
                                            Map.of(
                                                    "scores",
                                                    List.of(Map.of("leefgebied", "justitie", "min", 4, "max", 2))),
                                            "advies",
                                            Map.of("leefgebied", "justitie", "urgentie", "hoog")))
                                    .post("/triageregels")
                                    .then(),
                            400)
                    .body("detail", containsString("voorwaarde.scores[0]"));
            isProblem(
                            Api.als(BEHEERDER)
                                    .body(Map.of(
                                            "naam",
                                            "Onbekend",
                                            "voorwaarde",
                                            Map.of("alsHetRegent", true),
                                            "advies",
                                            Map.of("leefgebied", "justitie", "urgentie", "hoog")))
                                    .post("/triageregels")
                                    .then(),
                            400)
                    .body("detail", containsString("alsHetRegent"));
            isProblem(
                            Api.als(BEHEERDER)
                                    .body(Map.of("naam", "Geen advies", "voorwaarde", Map.of("veiligheid", true)))
                                    .post("/triageregels")
                                    .then(),
                            400)
                    .body("detail", containsString("advies"));
        }

        @Test
        void deMeldcodeRegelBlijftStaan() {
            String meldcode = "10000000-0000-4000-8000-000000000003";
            String etag = Api.als(BEHEERDER)
                    .get("/triageregels/{id}", meldcode)
                    .then()
                    .extract()
                    .header("ETag");
            Map<String, Object> uit = Map.of(
                    "naam",
                    "Veiligheid: Meldcode",
                    "actief",
                    false,
                    "voorwaarde",
                    Map.of("veiligheid", true),
                    "advies",
                    Map.of("leefgebied", "huiselijke-relaties", "urgentie", "acuut", "toelichting", "Meldcode"));
            isProblem(
                            Api.als(BEHEERDER)
                                    .header("If-Match", etag)
                                    .body(uit)
                                    .put("/triageregels/{id}", meldcode)
                                    .then(),
                            409)
                    .body("detail", containsString("Meldcode"));
        }

        @Test
        void alleenDeBeheerderWijzigtRegels() {
            isProblem(
                    Api.alsTeam(PROFESSIONAL, "x")
                            .body(regel("Nep", 2))
                            .post("/triageregels")
                            .then(),
                    403);
            isProblem(
                    Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                            .get("/triageregels")
                            .then(),
                    403);
            Api.alsTeam(PROFESSIONAL, "x")
                    .get("/triageregels/{id}", EERST_DE_SCHULDEN)
                    .then()
                    .statusCode(200)
                    .body("naam", is("Eerst de schulden"));
        }
    }

    @Nested
    class OngeldigeInvoer {

        @Test
        void scoreBuitenDeSchaalOfOnbekendDomein() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            isProblem(triageer(team, vraag, triage(List.of(score("financien", 6)))), 400)
                    .body("detail", containsString("zrmScores[0].score"));
            isProblem(triageer(team, vraag, triage(List.of(score("geluk", 3)))), 400)
                    .body("detail", containsString("zrmScores[0].leefgebied"));
            isProblem(triageer(team, vraag, triage(List.of(score("financien", 2), score("financien", 3)))), 400)
                    .body("detail", containsString("zrmScores[1].leefgebied"));
            Api.alsTeam(TEAMLEIDER, team)
                    .get("/hulpvragen/{id}/triages", vraag)
                    .then()
                    .body("$", empty());
        }

        @Test
        void nietOpEenAfgeslotenHulpvraag() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            Api.alsTeam(PROFESSIONAL, team)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "afgesloten", "afsluitreden", "opgelost"))
                    .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                    .then()
                    .statusCode(200);
            isProblem(triageer(team, vraag, triage(List.of(score("financien", 2)))), 409)
                    .body("detail", containsString("afgesloten"));
        }
    }

    @Nested
    class Privacy {

        @Test
        void alleenHetTeamVanDeHulpvraag() {
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(maakInwoner(), team);
            triageer(team, vraag, triage(List.of(score("financien", 2)))).statusCode(201);
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .get("/hulpvragen/{id}/triages", vraag)
                            .then(),
                    403);
            isProblem(triageer(uniekTeam(), vraag, triage(List.of(score("financien", 2)))), 403);
            for (String rol : List.of(BALIEMEDEWERKER, PARTNER, RAPPORTAGE, PRIVACYFUNCTIONARIS, BEHEERDER)) {
                isProblem(
                        Api.alsOrganisatie(rol, UUID.randomUUID())
                                .get("/hulpvragen/{id}/triages", vraag)
                                .then(),
                        403);
            }
        }

        @Test
        void opDeTijdlijnAlleenVoorHetTeam() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            UUID vraag = maakHulpvraag(inwoner, team);
            triageer(team, vraag, triage(List.of(score("financien", 1)))).statusCode(201);
            Api.alsTeam(PROFESSIONAL, team)
                    .get("/inwoners/{id}/tijdlijn", inwoner)
                    .then()
                    .statusCode(200)
                    .body("soort", hasItem("triage"))
                    .body("find { it.soort == 'triage' }.samenvatting", containsString("financien"));
            Api.als(BALIEMEDEWERKER)
                    .get("/inwoners/{id}/tijdlijn", inwoner)
                    .then()
                    .statusCode(200)
                    .body("soort", not(hasItem("triage")));
        }

        @Test
        void elkeToegangStaatInHetLogboek() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            UUID vraag = maakHulpvraag(inwoner, team);
            triageer(team, vraag, triage(List.of(score("financien", 2)))).statusCode(201);
            Api.alsTeam(TEAMLEIDER, team)
                    .get("/hulpvragen/{id}/triages", vraag)
                    .then()
                    .statusCode(200);
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", inwoner)
                    .get("/logboek")
                    .then()
                    .body("actie", hasItems("triage-vastleggen", "triages-lezen"));
        }
    }

    @Nested
    class Uitkomst {

        @Test
        void veranderingPerTeamEnLeefgebied() {
            String team = uniekTeam();
            for (int[] scores : new int[][] {{1, 3}, {2, 5}}) {
                UUID vraag = maakHulpvraag(maakInwoner(), team);
                triageer(team, vraag, triage(List.of(score("financien", scores[0]))))
                        .statusCode(201);
                triageer(team, vraag, triage(List.of(score("financien", scores[1]))))
                        .statusCode(201);
            }
            // a question with a single triage has no change to report
            UUID eenmalig = maakHulpvraag(maakInwoner(), team);
            triageer(team, eenmalig, triage(List.of(score("financien", 1)))).statusCode(201);

            Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                    .queryParam("team", team)
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .statusCode(200)
                    .body("size()", is(1))
                    .body("[0].leefgebied", is("financien"))
                    .body("[0].aantalHulpvragen", is(2))
                    .body("[0].gemiddeldeEerste", is(1.5f))
                    .body("[0].gemiddeldeLaatste", is(4.0f))
                    .body("[0].gemiddeldeVerandering", is(2.5f))
                    .body(not(containsString("inwoner")));
            Api.alsTeam(TEAMLEIDER, team)
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .statusCode(200)
                    .body("team", contains(team));
            isProblem(
                    Api.alsTeam(TEAMLEIDER, team)
                            .queryParam("team", uniekTeam())
                            .get("/rapportages/zelfredzaamheid")
                            .then(),
                    403);
            Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                    .queryParam("team", team)
                    .queryParam(
                            "vanaf",
                            nl.vraagwijzer.support.Vandaag.nl().plusDays(1).toString())
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .body("$", empty());
        }
    }
}
