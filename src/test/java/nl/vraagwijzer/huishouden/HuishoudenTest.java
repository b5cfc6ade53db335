package nl.vraagwijzer.huishouden;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.hulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.Vandaag;
import nl.vraagwijzer.support.VerwijzingData;
import org.junit.jupiter.api.Test;

/**
 * One household: formed at the desk, members moving in and out with their history, one household
 * at a time, and the view of the whole household for the team that holds a question of one of its
 * members, with a confidential question of another team hidden as everywhere.
 */
@QuarkusTest
class HuishoudenTest {

    private static Map<String, Object> lid(UUID inwoner, String relatie) {
        return Map.of("inwonerId", inwoner.toString(), "relatie", relatie);
    }

    private static ValidatableResponse vorm(List<Map<String, Object>> leden) {
        return Api.als(BALIEMEDEWERKER)
                .body(Map.of("leden", leden))
                .post("/huishoudens")
                .then();
    }

    private static String huishouden(UUID... inwoners) {
        List<Map<String, Object>> leden = new java.util.ArrayList<>();
        leden.add(lid(inwoners[0], "hoofdbewoner"));
        for (int i = 1; i < inwoners.length; i++) {
            leden.add(lid(inwoners[i], "kind"));
        }
        return vorm(leden).statusCode(201).extract().path("id");
    }

    @Test
    void eenHuishoudenMetZijnGeschiedenis() {
        UUID moeder = maakInwoner();
        UUID zoon = maakInwoner();
        UUID partner = maakInwoner();
        String id = vorm(List.of(lid(moeder, "hoofdbewoner"), lid(zoon, "kind")))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/huishoudens/"))
                .body("leden.relatie", is(List.of("hoofdbewoner", "kind")))
                .extract()
                .path("id");
        // a new partner moves in, the son leaves home: both in the history
        Api.als(BALIEMEDEWERKER)
                .header("If-Match", "\"0\"")
                .body(Map.of("inwonerId", partner.toString(), "relatie", "partner"))
                .post("/huishoudens/{id}/leden", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        String vandaag = Vandaag.nl().toString();
        JsonPath na = Api.als(BALIEMEDEWERKER)
                .header("If-Match", "\"1\"")
                .body(Map.of("inwonerId", zoon.toString(), "reden", "zelfstandig", "datum", vandaag))
                .post("/huishoudens/{id}/vertrekken", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .extract()
                .jsonPath();
        assertEquals(List.of(moeder.toString(), partner.toString()), na.getList("leden.inwonerId"));
        assertEquals(3, na.getList("geschiedenis").size());
        assertEquals("zelfstandig", na.getString("geschiedenis.find { it.inwonerId == '" + zoon + "' }.vertrekreden"));
        assertEquals(vandaag, na.getString("geschiedenis.find { it.inwonerId == '" + zoon + "' }.tot"));
        // the son may now form a household of his own; his mother is found in hers
        huishouden(zoon);
        Api.als(BALIEMEDEWERKER)
                .queryParam("inwonerId", moeder.toString())
                .get("/huishoudens")
                .then()
                .statusCode(200)
                .body("[0].id", is(id));
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie = 'huishouden-wijzigen' and ?::uuid = any(inwoner_ids)",
                        moeder)
                >= 2);
    }

    @Test
    void eenInwonerWoontInHoogstensEenHuishouden() {
        UUID inwoner = maakInwoner();
        String id = huishouden(inwoner);
        isProblem(vorm(List.of(lid(inwoner, "hoofdbewoner"))), 409).body("detail", containsString("ander huishouden"));
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("inwonerId", inwoner.toString(), "relatie", "kind"))
                        .post("/huishoudens/{id}/leden", huishouden(maakInwoner()))
                        .then(),
                409);
        // two desks at once: one household wins, the database refuses the other
        UUID gedeeld = maakInwoner();
        List<Integer> statussen = List.of(
                        CompletableFuture.supplyAsync(() -> vorm(List.of(lid(gedeeld, "hoofdbewoner")))
                                .extract()
                                .statusCode()),
                        CompletableFuture.supplyAsync(() -> vorm(List.of(lid(gedeeld, "hoofdbewoner")))
                                .extract()
                                .statusCode()))
                .stream()
                .map(CompletableFuture::join)
                .sorted()
                .toList();
        assertEquals(List.of(201, 409), statussen);
        assertEquals(
                1,
                Beheerdatabase.tel(
                        "select count(*) from huishoudlid where inwoner_id = ?::uuid and tot is null", gedeeld));
        assertEquals(1, Beheerdatabase.tel("select count(*) from huishoudlid where inwoner_id = ?::uuid", inwoner));
        assertTrue(id != null);
    }

    @Test
    void ongeldigeWijzigingenWordenGeweigerdEnNietsVastgelegd() {
        UUID inwoner = maakInwoner();
        UUID ander = maakInwoner();
        isProblem(vorm(List.of(lid(inwoner, "hoofdbewoner"), lid(inwoner, "kind"))), 400)
                .body("detail", containsString("leden[1].inwonerId"));
        isProblem(vorm(List.of(lid(UUID.randomUUID(), "hoofdbewoner"))), 400);
        isProblem(vorm(List.of(lid(inwoner, "oom"))), 400);
        isProblem(
                vorm(List.of(Map.of(
                        "inwonerId",
                        inwoner.toString(),
                        "relatie",
                        "kind",
                        "vanaf",
                        Vandaag.nl().plusDays(3).toString()))),
                400);
        isProblem(vorm(List.of(lid(inwoner, "hoofdbewoner"), lid(ander, "hoofdbewoner"))), 409);
        assertEquals(0, Beheerdatabase.tel("select count(*) from huishoudlid where inwoner_id = ?::uuid", inwoner));
        String id = huishouden(inwoner);
        // no If-Match, a stale one, someone who does not live there, a date before moving in
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .body(Map.of("inwonerId", ander.toString(), "relatie", "kind"))
                        .post("/huishoudens/{id}/leden", id)
                        .then(),
                428);
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .header("If-Match", "\"7\"")
                        .body(Map.of("inwonerId", ander.toString(), "relatie", "kind"))
                        .post("/huishoudens/{id}/leden", id)
                        .then(),
                412);
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("inwonerId", ander.toString(), "reden", "verhuisd"))
                        .post("/huishoudens/{id}/vertrekken", id)
                        .then(),
                409);
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .header("If-Match", "\"0\"")
                        .body(Map.of(
                                "inwonerId",
                                inwoner.toString(),
                                "reden",
                                "verhuisd",
                                "datum",
                                Vandaag.nl().minusYears(1).toString()))
                        .post("/huishoudens/{id}/vertrekken", id)
                        .then(),
                400);
        assertEquals(0, Beheerdatabase.tel("select versie from huishouden where id = ?::uuid", id));
    }

    @Test
    void hetOverzichtVoorHetTeamVanEenLid() {
        String team = uniekTeam();
        String jeugdteam = uniekTeam();
        UUID moeder = maakInwoner();
        UUID dochter = maakInwoner();
        UUID schuld = maakHulpvraag(moeder, team, "schuldhulp");
        UUID jeugd = maakHulpvraag(dochter, jeugdteam, "jeugd");
        // a confidential question of another team: hidden, and so is that it exists
        Map<String, Object> geheim = hulpvraag(dochter, "veilig-thuis-" + jeugdteam, "wmo-melding");
        geheim.put("vertrouwelijk", true);
        String geheimId = Api.als(BALIEMEDEWERKER)
                .body(geheim)
                .post("/hulpvragen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        VerwijzingData.trieer(team, schuld, "financien", 2);
        String verwijzing = VerwijzingData.verwijs(team, moeder, schuld);
        String id = huishouden(moeder, dochter);

        JsonPath overzicht = Api.alsTeam(PROFESSIONAL, team)
                .get("/huishoudens/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(moeder.toString(), dochter.toString()), overzicht.getList("leden.inwonerId"));
        assertEquals(List.of(schuld.toString()), overzicht.getList("leden[0].hulpvragen.id"));
        assertEquals(List.of(jeugd.toString()), overzicht.getList("leden[1].hulpvragen.id"));
        assertEquals(2, overzicht.getInt("leden[0].zrm[0].score"));
        assertEquals("financien", overzicht.getString("leden[0].zrm[0].leefgebied"));
        assertEquals(verwijzing, overzicht.getString("leden[0].verwijzingen[0].id"));
        String tekst = overzicht.prettify();
        assertTrue(!tekst.contains(geheimId), "the confidential question is hidden: " + tekst);
        // the youth team sees the household too, the team that holds no question nothing
        Api.alsTeam(TEAMLEIDER, jeugdteam).get("/huishoudens/{id}", id).then().statusCode(200);
        isProblem(
                Api.alsTeam(PROFESSIONAL, uniekTeam())
                        .get("/huishoudens/{id}", id)
                        .then(),
                404);
        isProblem(
                Api.alsTeam(PROFESSIONAL, team)
                        .get("/huishoudens/{id}", UUID.randomUUID())
                        .then(),
                404);
        // another gemeente sees nothing
        isProblem(
                Api.namens(PROFESSIONAL, team, "GM0988")
                        .get("/huishoudens/{id}", id)
                        .then(),
                404);
        // the desk forms households but does not read the view; partners nothing
        isProblem(Api.als(BALIEMEDEWERKER).get("/huishoudens/{id}", id).then(), 403);
        isProblem(
                Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                        .get("/huishoudens/{id}", id)
                        .then(),
                403);
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie = 'huishouden-lezen' and resultaat = 'geweigerd'"
                                + " and ?::uuid = any(inwoner_ids)",
                        moeder)
                >= 1);
    }

    @Test
    void wieTerugkomtInEenLeegHuishouden() {
        UUID inwoner = maakInwoner();
        String id = huishouden(inwoner);
        Api.als(BALIEMEDEWERKER)
                .header("If-Match", "\"0\"")
                .body(Map.of("inwonerId", inwoner.toString(), "reden", "verhuisd"))
                .post("/huishoudens/{id}/vertrekken", id)
                .then()
                .statusCode(200)
                .body("leden", org.hamcrest.Matchers.empty());
        Api.als(BALIEMEDEWERKER)
                .header("If-Match", "\"1\"")
                .body(Map.of("inwonerId", inwoner.toString(), "relatie", "hoofdbewoner"))
                .post("/huishoudens/{id}/leden", id)
                .then()
                .statusCode(200)
                .body("leden.inwonerId", is(List.of(inwoner.toString())))
                .body("geschiedenis.size()", is(2));
    }
}
