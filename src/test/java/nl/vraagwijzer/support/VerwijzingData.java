package nl.vraagwijzer.support;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;

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
}
