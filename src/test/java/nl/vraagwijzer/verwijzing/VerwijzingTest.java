package nl.vraagwijzer.verwijzing;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Cursorwandeling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Referrals between the team and two partner organisations, with consent. */
@QuarkusTest
class VerwijzingTest {

    private static final String CLOUDEVENTS = "application/cloudevents-batch+json";

    String team;
    UUID inwoner;
    UUID hulpvraag;
    UUID partnerA;
    UUID partnerB;
    UUID dienstA;

    @BeforeEach
    void maakTweePartners() {
        team = uniekTeam();
        inwoner = maakInwoner();
        hulpvraag = maakHulpvraag(inwoner, team);
        partnerA = maakOrganisatie(uniek("Schuldhulp A"));
        partnerB = maakOrganisatie(uniek("GGZ B"));
        dienstA = maakDienst(partnerA, "Schuldhulpverlening", List.of("financien"), List.of());
    }

    Map<String, Object> toestemmingInvoer(UUID organisatie) {
        return Map.of(
                "inwonerId",
                inwoner.toString(),
                "organisatieId",
                organisatie.toString(),
                "doel",
                "Verwijzing naar schuldhulp",
                "datum",
                nl.vraagwijzer.support.Vandaag.nl().toString(),
                "vorm",
                "mondeling");
    }

    UUID toestemming(UUID organisatie) {
        return UUID.fromString(Api.alsTeam(PROFESSIONAL, team)
                .body(toestemmingInvoer(organisatie))
                .post("/toestemmingen")
                .then()
                .statusCode(201)
                .body("geldig", is(true))
                .extract()
                .path("id"));
    }

    Map<String, Object> verwijzing(UUID toestemming) {
        Map<String, Object> body = new HashMap<>();
        body.put("hulpvraagId", hulpvraag.toString());
        body.put("dienstId", dienstA.toString());
        body.put("reden", "Schulden bij meerdere schuldeisers");
        body.put(
                "gedeeld",
                Map.of(
                        "samenvatting",
                        "Huurachterstand en energieschuld",
                        "leefgebieden",
                        List.of("financien"),
                        "scores",
                        List.of(Map.of("leefgebied", "financien", "score", 2))));
        if (toestemming != null) {
            body.put("toestemmingId", toestemming.toString());
        }
        return body;
    }

    UUID verwijs(UUID toestemming) {
        return UUID.fromString(Api.alsTeam(PROFESSIONAL, team)
                .body(verwijzing(toestemming))
                .post("/verwijzingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    ValidatableResponse status(UUID verwijzing, String rol, UUID organisatie, int versie, Map<String, Object> body) {
        var request = PARTNER.equals(rol) ? Api.alsOrganisatie(PARTNER, organisatie) : Api.alsTeam(rol, team);
        return request.header("If-Match", "\"" + versie + "\"")
                .body(body)
                .post("/verwijzingen/{id}/statuswijzigingen", verwijzing)
                .then();
    }

    @Test
    void deHeleKringloop() {
        UUID id = verwijs(toestemming(partnerA));
        Api.alsOrganisatie(PARTNER, partnerA)
                .get("/verwijzingen/{id}", id)
                .then()
                .statusCode(200)
                .body("status", is("verzonden"))
                .body("organisatieId", is(partnerA.toString()))
                .body("gedeeld.samenvatting", containsString("Huurachterstand"))
                .body("reactietermijnVerlopen", is(false));
        status(id, PARTNER, partnerA, 0, Map.of("status", "ontvangen")).statusCode(200);
        status(id, PARTNER, partnerA, 1, Map.of("status", "geaccepteerd")).statusCode(200);
        status(
                        id,
                        PARTNER,
                        partnerA,
                        2,
                        Map.of(
                                "status",
                                "wachtlijst",
                                "verwachteStart",
                                nl.vraagwijzer.support.Vandaag.nl().plusWeeks(6).toString()))
                .statusCode(200)
                .body(
                        "verwachteStart",
                        is(nl.vraagwijzer.support.Vandaag.nl().plusWeeks(6).toString()));
        isProblem(
                Api.alsTeam(PROFESSIONAL, team)
                        .header("If-Match", "\"2\"")
                        .body(Map.of("omschrijving", "x"))
                        .put("/verwijzingen/{id}/overbrugging", id)
                        .then(),
                412);
        Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"3\"")
                .body(Map.of("omschrijving", "Wekelijks gesprek met de maatschappelijk werker"))
                .put("/verwijzingen/{id}/overbrugging", id)
                .then()
                .statusCode(200)
                .body("overbrugging", containsString("Wekelijks gesprek"));
        Api.alsOrganisatie(PARTNER, partnerA)
                .get("/verwijzingen/{id}", id)
                .then()
                .body("overbrugging", containsString("Wekelijks gesprek"));
        status(id, PARTNER, partnerA, 4, Map.of("status", "in-behandeling")).statusCode(200);
        isProblem(
                Api.alsTeam(PROFESSIONAL, team)
                        .header("If-Match", "\"5\"")
                        .body(Map.of("omschrijving", "te laat"))
                        .put("/verwijzingen/{id}/overbrugging", id)
                        .then(),
                409);
        status(id, PARTNER, partnerA, 5, Map.of("status", "afgerond", "resultaat", "Schuldregeling getroffen"))
                .statusCode(200)
                .header("ETag", "\"6\"")
                .body("resultaat", is("Schuldregeling getroffen"));
        // the team sees what became of it
        Api.alsTeam(TEAMLEIDER, team)
                .get("/verwijzingen/{id}", id)
                .then()
                .statusCode(200)
                .body("status", is("afgerond"));
        assertEquals(
                List.of(
                        "verwijzing-verzonden",
                        "verwijzing-ontvangen",
                        "verwijzing-geaccepteerd",
                        "verwijzing-wachtlijst",
                        "verwijzing-overbrugging",
                        "verwijzing-in-behandeling",
                        "verwijzing-afgerond"),
                gebeurtenissen(id));
    }

    @Test
    void gebeurtenissenPerPartnerOpVolgorde() {
        UUID id = verwijs(toestemming(partnerA));
        status(id, PARTNER, partnerA, 0, Map.of("status", "ontvangen")).statusCode(200);
        status(id, PARTNER, partnerA, 1, Map.of("status", "geaccepteerd")).statusCode(200);
        // a client of before 1.4.0 (Accept: application/json) still gets the old shape, marked as going away
        List<Integer> volgnummers = Api.alsOrganisatie(PARTNER, partnerA)
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .body("soort", contains("verwijzing-verzonden", "verwijzing-ontvangen", "verwijzing-geaccepteerd"))
                .body("verwijzingId", contains(id.toString(), id.toString(), id.toString()))
                .header("Deprecation", "@1796515200")
                .header("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT")
                .header("Link", containsString("/v1/changelog>; rel=\"deprecation\""))
                .extract()
                .path("volgnummer");
        assertEquals(volgnummers.stream().sorted().toList(), volgnummers);
        Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("vanaf", volgnummers.get(0))
                .queryParam("pageSize", 1)
                .get("/gebeurtenissen")
                .then()
                .body("soort", contains("verwijzing-ontvangen"))
                .header("Link", containsString("vanaf=" + volgnummers.get(1)));
        Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("vanaf", volgnummers.get(2))
                .get("/gebeurtenissen")
                .then()
                .body("$", empty());
        // CloudEvents of the NL GOV profile: the partner's stream counts 1, 2, 3 without a gap
        Api.alsOrganisatie(PARTNER, partnerA)
                .accept(CLOUDEVENTS)
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .contentType(CLOUDEVENTS)
                .header("Deprecation", nullValue())
                .body(
                        "type",
                        contains(
                                "nl.vraagwijzer.verwijzing.verzonden",
                                "nl.vraagwijzer.verwijzing.status-gewijzigd",
                                "nl.vraagwijzer.verwijzing.status-gewijzigd"))
                .body("subject", contains(id.toString(), id.toString(), id.toString()))
                .body("sequence", contains("1", "2", "3"))
                .body("[1].data.vorigeStatus", is("verzonden"))
                .body("[1].data.status", is("ontvangen"))
                .body("[2].data.vorigeStatus", is("ontvangen"))
                .body("[0].dataref", containsString("/v1/verwijzingen/" + id));
        Api.alsOrganisatie(PARTNER, partnerA)
                .accept(CLOUDEVENTS)
                .queryParam("vanaf", 1)
                .queryParam("pageSize", 1)
                .get("/gebeurtenissen")
                .then()
                .body("sequence", contains("2"))
                .header("Link", containsString("vanaf=2"));
        Api.alsOrganisatie(PARTNER, partnerA)
                .accept(CLOUDEVENTS)
                .queryParam("vanaf", 3)
                .get("/gebeurtenissen")
                .then()
                .body("$", empty());
        // no preference: CloudEvents
        Api.alsOrganisatie(PARTNER, partnerA)
                .accept("*/*")
                .get("/gebeurtenissen")
                .then()
                .contentType(CLOUDEVENTS)
                .body("[0].specversion", is("1.0"));
        Api.alsOrganisatie(PARTNER, partnerB)
                .get("/gebeurtenissen")
                .then()
                .statusCode(200)
                .body("$", empty());
        isProblem(Api.alsTeam(PROFESSIONAL, team).get("/gebeurtenissen").then(), 403);
    }

    @Test
    void wieWatMag() {
        UUID id = verwijs(toestemming(partnerA));
        isProblem(status(id, PARTNER, partnerA, 0, Map.of("status", "afgerond", "resultaat", "x")), 409)
                .body("detail", containsString("toegestaan: afgewezen, geaccepteerd, ontvangen"));
        isProblem(status(id, PROFESSIONAL, null, 0, Map.of("status", "geaccepteerd")), 409)
                .body("detail", containsString("toegestaan: ingetrokken"));
        isProblem(status(id, PARTNER, partnerA, 0, Map.of("status", "afgewezen")), 400)
                .body("detail", containsString("reden"));
        isProblem(status(id, PROFESSIONAL, null, 0, Map.of("status", "ingetrokken")), 400)
                .body("detail", containsString("reden"));
        status(id, PROFESSIONAL, null, 0, Map.of("status", "ingetrokken", "reden", "Inwoner verhuisd"))
                .statusCode(200);
        isProblem(status(id, PARTNER, partnerA, 1, Map.of("status", "ontvangen")), 409)
                .body("detail", containsString("toegestaan: geen"));
        isProblem(
                Api.alsOrganisatie(PARTNER, partnerA)
                        .body(Map.of("status", "ontvangen"))
                        .post("/verwijzingen/{id}/statuswijzigingen", id)
                        .then(),
                428);
    }

    @Test
    void eenPartnerZietAlleenZijnEigenWerk() {
        UUID id = verwijs(toestemming(partnerA));
        isProblem(
                Api.alsOrganisatie(PARTNER, partnerB)
                        .get("/verwijzingen/{id}", id)
                        .then(),
                404);
        isProblem(status(id, PARTNER, partnerB, 0, Map.of("status", "ontvangen")), 404);
        Api.alsOrganisatie(PARTNER, partnerB)
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body("$", empty());
        Api.alsOrganisatie(PARTNER, partnerA)
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body("id", contains(id.toString()));
        // unknown ids look the same as other partners' ones
        isProblem(
                Api.alsOrganisatie(PARTNER, partnerB)
                        .get("/verwijzingen/{id}", UUID.randomUUID())
                        .then(),
                404);
        isProblem(
                Api.alsOrganisatie(PARTNER, partnerA)
                        .body(verwijzing(null))
                        .post("/verwijzingen")
                        .then(),
                403);
    }

    @Test
    void eenPartnerLooptZijnWerkDoorMetEenCursor() {
        UUID toestemming = toestemming(partnerA);
        for (int i = 0; i < 5; i++) {
            verwijs(toestemming);
        }
        UUID dienstB = maakDienst(partnerB, "Ambulante GGZ", List.of("geestelijke-gezondheid"), List.of());
        Map<String, Object> naarB = verwijzing(toestemming(partnerB));
        naarB.put("dienstId", dienstB.toString());
        Api.alsTeam(PROFESSIONAL, team).body(naarB).post("/verwijzingen").then().statusCode(201);

        List<String> genummerd = Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("pageSize", 100)
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "5")
                .extract()
                .path("id");
        // an empty cursor starts the walk; each full page links to the next, none counts
        Cursorwandeling wandeling = Cursorwandeling.loop(
                Api.alsOrganisatie(PARTNER, partnerA)
                        .queryParam("pageSize", 2)
                        .queryParam("cursor", "")
                        .get("/verwijzingen"),
                () -> Api.alsOrganisatie(PARTNER, partnerA),
                url -> assertFalse(url.contains("page="), "a cursor link carries no page number: " + url));
        assertEquals(3, wandeling.paginas());
        assertEquals(genummerd, wandeling.ids(), "the walk yields the numbered list's rows, in its order, each once");

        // filters hold on every page; another partner walks only its own work
        Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("cursor", "")
                .queryParam("status", "afgerond")
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body("$", empty());
        Api.alsOrganisatie(PARTNER, partnerB)
                .queryParam("cursor", "")
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body("size()", is(1));
        // a cursor of another list, or one that is no cursor, is the client's 400
        String vanHulpvragen = new Cursor("-aangemaaktOp", "2026-01-01T00:00:00Z", UUID.randomUUID()).encode();
        for (String ongeldig : List.of(vanHulpvragen, "rommel")) {
            isProblem(
                            Api.alsOrganisatie(PARTNER, partnerA)
                                    .queryParam("cursor", ongeldig)
                                    .get("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", containsString("cursor"));
        }
    }

    @Test
    void toestemmingIsVoorWieAanEenVraagVanDeInwonerWerkt() {
        UUID toestemming = toestemming(partnerA);
        String anderTeam = uniekTeam();
        isProblem(
                Api.alsTeam(PROFESSIONAL, anderTeam)
                        .body(toestemmingInvoer(partnerA))
                        .post("/toestemmingen")
                        .then(),
                403);
        isProblem(
                Api.alsTeam(PROFESSIONAL, anderTeam)
                        .get("/toestemmingen/{id}", toestemming)
                        .then(),
                403);
        isProblem(
                Api.alsTeam(TEAMLEIDER, anderTeam)
                        .post("/toestemmingen/{id}/intrekking", toestemming)
                        .then(),
                403);
        // nothing was withdrawn; the own team and the desk still may; every refusal is in the log
        Api.alsTeam(PROFESSIONAL, team)
                .get("/toestemmingen/{id}", toestemming)
                .then()
                .statusCode(200)
                .body("geldig", is(true));
        Api.als(BALIEMEDEWERKER).get("/toestemmingen/{id}", toestemming).then().statusCode(200);
        Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .queryParam("pageSize", 100)
                .get("/logboek")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.resultaat == 'geweigerd' }.actie",
                        containsInAnyOrder("toestemming-vastleggen", "toestemming-lezen", "toestemming-intrekken"));
    }

    @Test
    void intrekkenVanToestemmingBeeindigtDeToegangMeteen() {
        UUID toestemming = toestemming(partnerA);
        UUID id = verwijs(toestemming);
        Api.alsOrganisatie(PARTNER, partnerA)
                .get("/verwijzingen/{id}", id)
                .then()
                .body("$", hasKey("gedeeld"));
        // the partner's lists, numbered and walked with a cursor, share it while the consent holds
        Api.alsOrganisatie(PARTNER, partnerA).get("/verwijzingen").then().body(containsString("Huurachterstand"));
        Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("cursor", "")
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body(containsString("Huurachterstand"));
        Api.als(BALIEMEDEWERKER)
                .post("/toestemmingen/{id}/intrekking", toestemming)
                .then()
                .statusCode(200)
                .body("geldig", is(false));
        Api.alsOrganisatie(PARTNER, partnerA)
                .get("/verwijzingen/{id}", id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("gedeeld")))
                .body(not(containsString("Huurachterstand")));
        Api.alsOrganisatie(PARTNER, partnerA).get("/verwijzingen").then().body(not(containsString("Huurachterstand")));
        Api.alsOrganisatie(PARTNER, partnerA)
                .queryParam("cursor", "")
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body(not(containsString("Huurachterstand")));
        // the team keeps what it shared; a new referral on the withdrawn consent is refused
        Api.alsTeam(PROFESSIONAL, team)
                .get("/verwijzingen/{id}", id)
                .then()
                .body("gedeeld.samenvatting", containsString("Huurachterstand"));
        isProblem(
                        Api.alsTeam(PROFESSIONAL, team)
                                .body(verwijzing(toestemming))
                                .post("/verwijzingen")
                                .then(),
                        400)
                .body("detail", containsString("ingetrokken"));
    }

    @Nested
    class OngeldigeInvoer {

        @Test
        void zonderToestemmingOfGrondslagWordtNietsVerzonden() {
            isProblem(
                            Api.alsTeam(PROFESSIONAL, team)
                                    .body(verwijzing(null))
                                    .post("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", containsString("toestemming"));
            Map<String, Object> grondslag = verwijzing(null);
            grondslag.put("wettelijkeGrondslag", "meldcode");
            isProblem(
                            Api.alsTeam(PROFESSIONAL, team)
                                    .body(grondslag)
                                    .post("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", containsString("rechtvaardiging"));
            grondslag.put("rechtvaardiging", "Acute onveiligheid, Meldcode stap 5");
            Api.alsTeam(PROFESSIONAL, team)
                    .body(grondslag)
                    .post("/verwijzingen")
                    .then()
                    .statusCode(201);
            Api.alsTeam(TEAMLEIDER, team).get("/verwijzingen").then().body("size()", is(1));
        }

        @Test
        void toestemmingVoorEenAndereOrganisatie() {
            isProblem(
                            Api.alsTeam(PROFESSIONAL, team)
                                    .body(verwijzing(toestemming(partnerB)))
                                    .post("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", containsString("organisatie van deze dienst"));
        }

        @Test
        void onbekendeDienstOfOrganisatie() {
            Map<String, Object> body = verwijzing(toestemming(partnerA));
            body.put("dienstId", UUID.randomUUID().toString());
            isProblem(
                            Api.alsTeam(PROFESSIONAL, team)
                                    .body(body)
                                    .post("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", containsString("dienstId"));
            isProblem(
                            Api.alsTeam(PROFESSIONAL, team)
                                    .body(Map.of(
                                            "inwonerId",
                                            inwoner.toString(),
                                            "organisatieId",
                                            UUID.randomUUID().toString(),
                                            "doel",
                                            "x",
                                            "datum",
                                            nl.vraagwijzer.support.Vandaag.nl().toString(),
                                            "vorm",
                                            "mondeling"))
                                    .post("/toestemmingen")
                                    .then(),
                            400)
                    .body("detail", containsString("organisatieId"));
        }

        @Test
        void anderTeam() {
            isProblem(
                    Api.alsTeam(PROFESSIONAL, uniekTeam())
                            .body(verwijzing(toestemming(partnerA)))
                            .post("/verwijzingen")
                            .then(),
                    403);
        }
    }

    @Test
    void reactietermijnVerlopen() throws SQLException {
        UUID id = verwijs(toestemming(partnerA));
        try (Connection connection = nl.vraagwijzer.support.Beheerdatabase.verbinding();
                PreparedStatement update = connection.prepareStatement(
                        "update verwijzing set reactie_datum = current_date - 1 where id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
        Api.alsTeam(TEAMLEIDER, team)
                .queryParam("reactietermijnVerlopen", true)
                .get("/verwijzingen")
                .then()
                .body("id", contains(id.toString()))
                .body("[0].reactietermijnVerlopen", is(true));
        status(id, PARTNER, partnerA, 0, Map.of("status", "ontvangen")).statusCode(200);
        Api.alsTeam(TEAMLEIDER, team)
                .queryParam("reactietermijnVerlopen", true)
                .get("/verwijzingen")
                .then()
                .body("$", empty());
    }

    List<String> gebeurtenissen(UUID verwijzing) {
        List<String> soorten = new ArrayList<>();
        try (Connection connection = nl.vraagwijzer.support.Beheerdatabase.verbinding();
                PreparedStatement query = connection.prepareStatement(
                        "select soort from gebeurtenis where verwijzing_id = ? order by volgnummer")) {
            query.setObject(1, verwijzing);
            try (ResultSet rijen = query.executeQuery()) {
                while (rijen.next()) {
                    soorten.add(rijen.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return soorten;
    }
}
