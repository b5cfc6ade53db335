package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A professional or team lead sees their team's work; a token of theirs without the claim
 * {@code team} is a misconfigured client, told so with a 403 naming the claim, not handed an
 * empty list that looks like a team without work (README, token contract).
 */
@QuarkusTest
class TeamlozeTokenTest {

    @Test
    void deOpenZakenVanEenTeamlozeTeamleiderOfProfessionalZijn403MetDeClaim() {
        for (String rol : new String[] {TEAMLEIDER, PROFESSIONAL}) {
            isProblem(
                            Api.als(rol)
                                    .queryParam("status", "open")
                                    .get("/hulpvragen")
                                    .then(),
                            403)
                    .body("detail", allOf(containsString("claim team"), containsString("professional of teamleider")));
            isProblem(Api.als(rol).get("/verwijzingen").then(), 403).body("detail", containsString("claim team"));
        }
        isProblem(Api.als(TEAMLEIDER).get("/rapportages/zelfredzaamheid").then(), 403)
                .body("detail", containsString("claim team"));
    }

    @Test
    void eenPartnerZonderOrganisatieKrijgt403MetDeClaim() {
        isProblem(Api.als(PARTNER).get("/verwijzingen").then(), 403).body("detail", containsString("organisatie_id"));
        isProblem(Api.als(PARTNER).get("/gebeurtenissen").then(), 403).body("detail", containsString("organisatie_id"));
    }

    @Test
    void metEenTeamKrijgenZeHunWerk() {
        Api.alsTeam(TEAMLEIDER, "dordrecht-west")
                .queryParam("status", "open")
                .get("/hulpvragen")
                .then()
                .statusCode(200);
        Api.alsTeam(PROFESSIONAL, "dordrecht-west").get("/verwijzingen").then().statusCode(200);
    }

    @Test
    void watGeenTeamVraagtBlijftOpen() {
        // the directory and the gemeente's teams are the same for everyone, team or not
        Api.als(PROFESSIONAL).get("/organisaties").then().statusCode(200);
        Api.als(TEAMLEIDER).get("/teams").then().statusCode(200);
    }
}
