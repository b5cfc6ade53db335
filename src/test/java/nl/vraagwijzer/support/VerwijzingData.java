package nl.vraagwijzer.support;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for consent and referrals, made through the API by a professional of the team. */
public final class VerwijzingData {

    private VerwijzingData() {}

    /** Today's consent of the resident to share with the organisation. @return its id */
    public static String geefToestemming(String team, UUID inwoner, UUID organisatie) {
        return Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "inwonerId", inwoner.toString(),
                        "organisatieId", organisatie.toString(),
                        "doel", "Verwijzing",
                        "datum", nl.vraagwijzer.support.Vandaag.nl().toString(),
                        "vorm", "mondeling"))
                .post("/toestemmingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A triage of the question by the team, scoring one leefgebied; the outcome is a referral. */
    public static void trieer(String team, UUID hulpvraag, String leefgebied, int score) {
        Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "zrmScores",
                        List.of(Map.of("leefgebied", leefgebied, "score", score)),
                        "uitkomst",
                        "verwijzen"))
                .post("/hulpvragen/{id}/triages", hulpvraag)
                .then()
                .statusCode(201);
    }

    /** A referral of the question to a new partner's debt-help service, with consent. @return its id */
    public static String verwijs(String team, UUID inwoner, UUID hulpvraag) {
        UUID partner = SocialeKaartData.maakOrganisatie(SocialeKaartData.uniek("Ontvangende partner"));
        UUID dienst = SocialeKaartData.maakDienst(partner, "Schuldhulp", List.of("financien"), List.of());
        String toestemming = geefToestemming(team, inwoner, partner);
        return Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "hulpvraagId",
                        hulpvraag.toString(),
                        "dienstId",
                        dienst.toString(),
                        "reden",
                        "Schulden",
                        "toestemmingId",
                        toestemming))
                .post("/verwijzingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
