package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.hulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/** A confidential question is invisible outside its team; reading it anyway is break-glass, logged and reported. */
@QuarkusTest
class VertrouwelijkTest {

    static UUID vertrouwelijk(UUID inwoner, String team) {
        Map<String, Object> body = new java.util.HashMap<>(hulpvraag(inwoner, team, "wmo-melding"));
        body.put("vertrouwelijk", true);
        body.put("omschrijving", "Partner wordt agressief");
        return UUID.fromString(Api.als(BALIEMEDEWERKER)
                .body(body)
                .post("/hulpvragen")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    @Test
    void onzichtbaarBuitenHetTeam() {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        UUID vraag = vertrouwelijk(inwoner, team);
        Api.alsTeam(PROFESSIONAL, team)
                .get("/hulpvragen/{id}", vraag)
                .then()
                .statusCode(200)
                .body("vertrouwelijk", is(true));
        isProblem(
                Api.alsTeam(PROFESSIONAL, uniekTeam())
                        .get("/hulpvragen/{id}", vraag)
                        .then(),
                404);
        isProblem(Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}", vraag).then(), 404);
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .get("/hulpvragen/{id}/contactmomenten", vraag)
                        .then(),
                404);
        Api.als(BALIEMEDEWERKER)
                .queryParam("team", team)
                .get("/hulpvragen")
                .then()
                .body("id", not(hasItem(vraag.toString())));
        Api.als(BALIEMEDEWERKER)
                .get("/inwoners/{id}/tijdlijn", inwoner)
                .then()
                .body("hulpvraagId", not(hasItem(vraag.toString())));
        Api.alsTeam(PROFESSIONAL, team).get("/hulpvragen").then().body("id", hasItem(vraag.toString()));
    }

    @Test
    void ookTriageEnVerwijzingVerradenHetBestaanNiet() {
        String team = uniekTeam();
        UUID vraag = vertrouwelijk(maakInwoner(), team);
        UUID onbekend = UUID.randomUUID();
        Map<String, Object> triage = Map.of(
                "zrmScores", java.util.List.of(Map.of("leefgebied", "financien", "score", 2)), "uitkomst", "verwijzen");
        String anderTeam = uniekTeam();
        // another team's professional gets exactly what an unknown id gets
        for (UUID id : java.util.List.of(vraag, onbekend)) {
            isProblem(
                            Api.alsTeam(PROFESSIONAL, anderTeam)
                                    .body(triage)
                                    .post("/hulpvragen/{id}/triages", id)
                                    .then(),
                            404)
                    .body("detail", is("Hulpvraag " + id + " bestaat niet."));
            isProblem(
                    Api.alsTeam(PROFESSIONAL, anderTeam)
                            .get("/hulpvragen/{id}/triages", id)
                            .then(),
                    404);
            isProblem(
                            Api.alsTeam(PROFESSIONAL, anderTeam)
                                    .body(Map.of(
                                            "hulpvraagId", id.toString(),
                                            "dienstId", UUID.randomUUID().toString(),
                                            "reden", "Schulden",
                                            "gedeeld", Map.of("samenvatting", "Schulden")))
                                    .post("/verwijzingen")
                                    .then(),
                            400)
                    .body("detail", is("hulpvraagId: hulpvraag " + id + " bestaat niet."));
        }
    }

    @Test
    void doorbraakMetRedenWordtGelogdEnGerapporteerd() {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        UUID vraag = vertrouwelijk(inwoner, team);
        isProblem(
                        Api.als(BALIEMEDEWERKER)
                                .header("X-Doorbraak-Reden", "kort")
                                .get("/hulpvragen/{id}", vraag)
                                .then(),
                        400)
                .body("detail", containsString("X-Doorbraak-Reden"));
        Api.als(BALIEMEDEWERKER)
                .header("X-Doorbraak-Reden", "Inwoner staat in acute nood aan de balie")
                .get("/hulpvragen/{id}", vraag)
                .then()
                .statusCode(200)
                .body("omschrijving", is("Partner wordt agressief"));
        Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("actie", "doorbraak")
                .queryParam("inwonerId", inwoner)
                .get("/logboek")
                .then()
                .statusCode(200)
                .body("[0].medewerker", is("test-baliemedewerker"))
                .body("[0].toelichting", containsString("acute nood"))
                .body("[0].toelichting", containsString(team));
    }
}
