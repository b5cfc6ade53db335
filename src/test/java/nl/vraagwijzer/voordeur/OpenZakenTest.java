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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Cursorwandeling;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The open-case list for team leads and scripts: filters, order, cursor, exports, pseudonyms. */
@QuarkusTest
class OpenZakenTest {

    /** Moves a question's deadline into the past, as time would. */
    void termijnVerstreken(UUID hulpvraag) throws SQLException {
        try (Connection connection = nl.vraagwijzer.support.Beheerdatabase.verbinding();
                PreparedStatement update = connection.prepareStatement(
                        "update hulpvraag set termijn_datum = current_date - 3 where id = ?")) {
            update.setObject(1, hulpvraag);
            assertEquals(1, update.executeUpdate());
        }
    }

    void sluit(String team, UUID vraag) {
        Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "afgesloten", "afsluitreden", "opgelost"))
                .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                .then()
                .statusCode(200);
    }

    @Nested
    class Filteren {

        @Test
        void openEnVerlopenPerTeam() throws SQLException {
            String team = uniekTeam();
            UUID open = maakHulpvraag(maakInwoner(), team);
            UUID verlopen = maakHulpvraag(maakInwoner(), team);
            UUID gesloten = maakHulpvraag(maakInwoner(), team);
            termijnVerstreken(verlopen);
            sluit(team, gesloten);

            Api.alsTeam(TEAMLEIDER, team)
                    .queryParam("status", "open")
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "2")
                    .body("id", containsInAnyOrder(open.toString(), verlopen.toString()));
            Api.alsTeam(TEAMLEIDER, team)
                    .queryParam("termijnVerlopen", true)
                    .get("/hulpvragen")
                    .then()
                    .body("id", containsInAnyOrder(verlopen.toString()))
                    .body("termijnVerlopen", everyItem(is(true)));
            Api.alsTeam(TEAMLEIDER, team)
                    .queryParam("status", "afgesloten")
                    .get("/hulpvragen")
                    .then()
                    .body("id", containsInAnyOrder(gesloten.toString()));
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("wettelijkKader", "participatie")
                    .queryParam("kanaal", "balie")
                    .queryParam("leefgebied", "financien")
                    .queryParam("wijk", "Wielwijk")
                    .get("/hulpvragen")
                    .then()
                    .header("X-Total-Count", "3");
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("leefgebied", "justitie")
                    .get("/hulpvragen")
                    .then()
                    .body("$", empty());
        }

        @Test
        void opPeriodeTermijnEnMedewerker() {
            String team = uniekTeam();
            Map<String, Object> body =
                    nl.vraagwijzer.support.VoordeurData.hulpvraag(maakInwoner(), team, "schuldhulp-spoed");
            body.put("medewerker", "priya");
            String spoed = Api.als(BALIEMEDEWERKER)
                    .body(body)
                    .post("/hulpvragen")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            UUID jeugd = maakHulpvraag(maakInwoner(), team, "jeugd");
            java.time.LocalDate vandaag = HulpvraagResourceTest.VANDAAG;

            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("aangemaaktVanaf", vandaag.toString())
                    .queryParam("aangemaaktTot", vandaag.plusDays(1).toString())
                    .get("/hulpvragen")
                    .then()
                    .header("X-Total-Count", "2");
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("aangemaaktVanaf", vandaag.plusDays(1).toString())
                    .get("/hulpvragen")
                    .then()
                    .body("$", empty());
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("aangemaaktTot", vandaag.toString())
                    .get("/hulpvragen")
                    .then()
                    .body("$", empty());
            // schuldhulp-spoed: three working days; jeugd: eight weeks
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("termijnVoor", vandaag.plusWeeks(2).toString())
                    .get("/hulpvragen")
                    .then()
                    .body("id", containsInAnyOrder(spoed));
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("medewerker", "priya")
                    .get("/hulpvragen")
                    .then()
                    .body("id", containsInAnyOrder(spoed));
            Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("sorteer", "-termijnDatum")
                    .get("/hulpvragen")
                    .then()
                    .body("id", org.hamcrest.Matchers.contains(jeugd.toString(), spoed));
        }

        @Test
        void professionalZietStilAlleenZijnTeam() {
            String team = uniekTeam();
            UUID eigen = maakHulpvraag(maakInwoner(), team);
            String ander = uniekTeam();
            maakHulpvraag(maakInwoner(), ander);
            Api.alsTeam(PROFESSIONAL, team)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .body("id", containsInAnyOrder(eigen.toString()));
            Api.alsTeam(PROFESSIONAL, team)
                    .queryParam("team", ander)
                    .get("/hulpvragen")
                    .then()
                    .body("$", empty());
        }

        @Test
        void ongeldigeFilters() {
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .queryParam("sorteer", "naam")
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("sorteer"));
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .queryParam("pageSize", 500)
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("pageSize"));
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .queryParam("termijnVoor", "morgen")
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("termijnVoor"));
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .queryParam("termijnVerlopen", "ja")
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("termijnVerlopen"));
            isProblem(
                            Api.als(BALIEMEDEWERKER)
                                    .queryParam("cursor", "rommel")
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("cursor"));
        }

        @Test
        void partnerKrijgt403() {
            isProblem(
                    Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                            .get("/hulpvragen")
                            .then(),
                    403);
        }
    }

    @Nested
    class Doorlopen {

        @Test
        void cursorLooptAllesPreciesEenKeerDoor() {
            String team = uniekTeam();
            List<String> gemaakt = new ArrayList<>();
            UUID inwoner = maakInwoner();
            for (int i = 0; i < 7; i++) {
                gemaakt.add(maakHulpvraag(inwoner, team).toString());
            }
            // an empty cursor starts the walk; each page links to the next until the end
            Cursorwandeling wandeling = Cursorwandeling.loop(
                    Api.als(BALIEMEDEWERKER)
                            .queryParam("team", team)
                            .queryParam("sorteer", "termijnDatum")
                            .queryParam("pageSize", 3)
                            .queryParam("cursor", "")
                            .get("/hulpvragen"),
                    () -> Api.als(BALIEMEDEWERKER),
                    url -> {});
            assertEquals(3, wandeling.paginas());
            assertEquals(
                    gemaakt.stream().sorted().toList(), wandeling.ids(), "same deadline: ordered by id, none twice");
        }

        @Test
        void volgordeIsDeterministischOokBijGelijkeWaarden() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            for (int i = 0; i < 4; i++) {
                maakHulpvraag(inwoner, team);
            }
            List<String> eens = Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("sorteer", "termijnDatum")
                    .get("/hulpvragen")
                    .path("id");
            List<String> nogmaals = Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("sorteer", "termijnDatum")
                    .get("/hulpvragen")
                    .path("id");
            assertEquals(eens, nogmaals);
            assertEquals(eens.stream().sorted().toList(), eens, "equal deadlines: the id decides, ascending");
            List<String> aflopend = Api.als(BALIEMEDEWERKER)
                    .queryParam("team", team)
                    .queryParam("sorteer", "-termijnDatum")
                    .get("/hulpvragen")
                    .path("id");
            List<String> omgekeerd = new ArrayList<>(eens);
            java.util.Collections.reverse(omgekeerd);
            assertEquals(omgekeerd, aflopend);
        }
    }

    @Nested
    class Exporteren {

        @Test
        void csvMetKopregelEnAlleRijen() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            for (int i = 0; i < 3; i++) {
                maakHulpvraag(inwoner, team);
            }
            String csv = Api.alsTeam(TEAMLEIDER, team)
                    .accept("text/csv")
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/csv"))
                    .extract()
                    .asString();
            String[] regels = csv.split("\r\n");
            assertEquals(4, regels.length);
            assertTrue(regels[0].startsWith("id,inwonerId,kanaal,leefgebieden"));
            assertTrue(regels[1].contains(inwoner.toString()));
            assertTrue(regels[1].contains("\"Ik zoek werk, maar de rekeningen stapelen zich op.\""));
        }

        @Test
        void csvZetGeenFormuleKlaarOokNietAchterTabOfRegelterugloop() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            for (String omschrijving : List.of("=HYPERLINK(\"x\")", "\t=1+1", "\r=1+1", "@SUM(A1)")) {
                Map<String, Object> body = new java.util.HashMap<>(hulpvraag(inwoner, team, "participatie"));
                body.put("omschrijving", omschrijving);
                Api.als(BALIEMEDEWERKER).body(body).post("/hulpvragen").then().statusCode(201);
            }
            String csv = Api.alsTeam(TEAMLEIDER, team)
                    .accept("text/csv")
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            // every omschrijving is the last column: quoted and led by an apostrophe
            assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"), csv);
            assertTrue(csv.contains(",\"'\t=1+1\"\r\n"), csv);
            assertTrue(csv.contains(",\"'\r=1+1\"\r\n"), csv);
            assertTrue(csv.contains(",\"'@SUM(A1)\"\r\n"), csv);
        }

        @Test
        void ndjsonEenObjectPerRegel() throws Exception {
            String team = uniekTeam();
            maakHulpvraag(maakInwoner(), team);
            maakHulpvraag(maakInwoner(), team);
            String ndjson = Api.als(BALIEMEDEWERKER)
                    .accept("application/x-ndjson")
                    .queryParam("team", team)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .contentType("application/x-ndjson")
                    .extract()
                    .asString();
            String[] regels = ndjson.strip().split("\n");
            assertEquals(2, regels.length);
            for (String regel : regels) {
                JsonNode rij = new ObjectMapper().readTree(regel);
                assertEquals(team, rij.path("team").asText());
            }
        }

        @Test
        void rapportageKrijgtAlleenGepseudonimiseerdeRijen() {
            String team = uniekTeam();
            UUID inwoner = maakInwoner();
            maakHulpvraag(inwoner, team);
            maakHulpvraag(inwoner, team);
            Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                    .queryParam("team", team)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .body("[0]", not(hasKey("inwonerId")))
                    .body("[0]", not(hasKey("omschrijving")))
                    .body("[0]", not(hasKey("medewerker")))
                    .body("[0]", hasKey("inwonerPseudoniem"))
                    .body("inwonerPseudoniem.toSet().size()", is(1));
            String csv = Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                    .accept("text/csv")
                    .queryParam("team", team)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals(3, csv.split("\r\n").length, "header and two rows");
            assertFalse(csv.contains(inwoner.toString()));
            assertFalse(csv.contains("rekeningen"));
            assertFalse(csv.contains("omschrijving"));
            assertTrue(csv.startsWith("id,inwonerPseudoniem,"));
        }
    }
}
