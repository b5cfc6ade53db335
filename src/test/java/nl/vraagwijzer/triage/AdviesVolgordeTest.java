package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.SocialeKaartData.dienst;
import static nl.vraagwijzer.support.SocialeKaartData.inloop;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Advice prefers, in this order, what the resident and network can do, collective provisions in
 * the wijk, services with places, then the rest by waiting time (issue 14), and says so. The
 * leefgebied maatschappelijke-participatie is used by no other test, so these are its only services.
 */
@QuarkusTest
class AdviesVolgordeTest {

    private static final String LEEFGEBIED = "maatschappelijke-participatie";

    private UUID organisatie;

    private UUID maak(String naam, Map<String, Object> extra) {
        Map<String, Object> body = dienst(organisatie, naam, List.of(LEEFGEBIED), List.of());
        body.putAll(extra);
        return UUID.fromString(Api.als(BEHEERDER)
                .body(body)
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private void capaciteit(UUID dienst, int plaatsen, int weken) {
        Api.als(BEHEERDER)
                .header("If-Match", "\"0\"")
                .body(Map.of("plaatsenBeschikbaar", plaatsen, "wachttijdWeken", weken))
                .put("/diensten/{id}/capaciteit", dienst)
                .then()
                .statusCode(200);
    }

    @Test
    void collectiefWaarMogelijkIndividueelWaarNodig() {
        organisatie = maakOrganisatie(uniek("Welzijn Drechtsteden"));
        Api.als(BEHEERDER)
                .body(Map.of(
                        "naam", uniek("Meedoen in de wijk"),
                        "voorwaarde", Map.of("scores", List.of(Map.of("leefgebied", LEEFGEBIED, "min", 1, "max", 2))),
                        "advies", Map.of("leefgebied", LEEFGEBIED, "urgentie", "normaal", "toelichting", "Meedoen")))
                .post("/triageregels")
                .then()
                .statusCode(201);
        maak("Onbekend", Map.of());
        capaciteit(maak("Wachtlijst lang", Map.of()), 0, 10);
        capaciteit(maak("Wachtlijst kort", Map.of()), 0, 3);
        capaciteit(maak("Met plaats", Map.of()), 2, 0);
        maak(
                "Inloop Wielwijk",
                Map.of(
                        "aanmeldwijze",
                        "vrij-toegankelijk",
                        "wijken",
                        List.of("Wielwijk"),
                        "collectief",
                        inloop("Buurtkamer Wielwijk", List.of("MO"), "10:00", "12:00")));
        String team = uniekTeam();
        UUID vraag = maakHulpvraag(maakInwoner(), team); // the resident lives in Wielwijk (3317)
        JsonPath advies = Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "zrmScores",
                        List.of(Map.of(
                                "leefgebied",
                                LEEFGEBIED,
                                "score",
                                2,
                                "eigenKracht",
                                30,
                                "netwerk",
                                20,
                                "professioneleHulp",
                                50)),
                        "uitkomst",
                        "verwijzen"))
                .post("/hulpvragen/{id}/triages", vraag)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .setRootPath("advies.find { it.leefgebied == '" + LEEFGEBIED + "' }");
        assertEquals(
                List.of("Inloop Wielwijk", "Met plaats", "Wachtlijst kort", "Wachtlijst lang", "Onbekend"),
                advies.getList("diensten.naam"));
        assertEquals(
                List.of("collectief", "plaats", "wachtlijst", "wachtlijst", "onbekend"),
                advies.getList("diensten.soort"));
        assertEquals(Arrays.asList(null, 0, 3, 10, null), advies.getList("diensten.wachttijdWeken"));
        List<String> volgorde = advies.getList("volgorde");
        assertEquals(5, volgorde.size(), volgorde.toString());
        assertTrue(
                volgorde.get(0).contains("eigen kracht 30%") && volgorde.get(0).contains("(20%)"), volgorde.get(0));
        assertTrue(volgorde.get(1).contains("collectieve voorzieningen in de wijk"), volgorde.get(1));
        assertTrue(volgorde.get(2).contains("vrije plaatsen"), volgorde.get(2));
        assertTrue(volgorde.get(3).contains("wachttijd"), volgorde.get(3));
        assertTrue(volgorde.get(4).contains("zonder actuele opgave"), volgorde.get(4));
    }
}
