package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.VerwijzingData;
import org.junit.jupiter.api.Test;

/** The answer to a resident's access request holds everything, from every feature. */
@QuarkusTest
class InzageverzoekTest {

    @Test
    void allesWatOverDeInwonerIsVastgelegd() {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        UUID vraag = maakHulpvraag(inwoner, team);
        Api.als(BALIEMEDEWERKER)
                .body(Map.of(
                        "datum",
                        nl.vraagwijzer.support.Vandaag.nl().toString(),
                        "kanaal",
                        "balie",
                        "verslag",
                        "Intake"))
                .post("/hulpvragen/{id}/contactmomenten", vraag)
                .then()
                .statusCode(201);
        Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "zrmScores", List.of(Map.of("leefgebied", "financien", "score", 2)), "uitkomst", "verwijzen"))
                .post("/hulpvragen/{id}/triages", vraag)
                .then()
                .statusCode(201);
        UUID partner = maakOrganisatie(uniek("Ontvangende partner"));
        UUID dienst = maakDienst(partner, "Schuldhulp", List.of("financien"), List.of());
        String toestemming = VerwijzingData.geefToestemming(team, inwoner, partner);
        Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "hulpvraagId",
                        vraag.toString(),
                        "dienstId",
                        dienst.toString(),
                        "reden",
                        "Schulden",
                        "toestemmingId",
                        toestemming))
                .post("/verwijzingen")
                .then()
                .statusCode(201);

        Api.als(PRIVACYFUNCTIONARIS)
                .header("X-Doelbinding", "Inzageverzoek art. 15")
                .get("/inwoners/{id}/inzageverzoek", inwoner)
                .then()
                .statusCode(200)
                .body("inwoner.id", is(inwoner.toString()))
                .body("hulpvragen.id", contains(vraag.toString()))
                .body("contactmomenten", hasSize(1))
                .body("triages", hasSize(1))
                .body("verwijzingen", hasSize(1))
                .body("ontvangers", contains(partner.toString()))
                .body("toestemmingen.id", contains(toestemming))
                .body("toegang.actie", hasItems("inwoner-registreren", "triage-vastleggen", "verwijzing-versturen"));
        Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .queryParam("pageSize", 100)
                .get("/logboek")
                .then()
                .body("actie", hasItem("inzageverzoek"));
    }

    @Test
    void alleenDePrivacyfunctionaris() {
        UUID inwoner = maakInwoner();
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .get("/inwoners/{id}/inzageverzoek", inwoner)
                        .then(),
                403);
        isProblem(
                Api.als(PRIVACYFUNCTIONARIS)
                        .get("/inwoners/{id}/inzageverzoek", UUID.randomUUID())
                        .then(),
                404);
    }
}
