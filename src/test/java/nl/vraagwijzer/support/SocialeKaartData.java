package nl.vraagwijzer.support;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Small builders for directory data. Each test makes what it needs through the API, with names
 * unique to the test, so no test depends on another's data or order.
 */
public final class SocialeKaartData {

    private SocialeKaartData() {}

    public static String uniek(String naam) {
        return naam + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> organisatie(String naam) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", naam);
        body.put("omschrijving", "Ondersteuning voor inwoners");
        body.put("kvkNummer", "24352624");
        body.put("website", "https://www.example.nl");
        body.put("telefoonnummer", "078 770 8910");
        body.put("emailadres", "info@example.nl");
        body.put(
                "adres",
                Map.of("straat", "Spuiboulevard", "huisnummer", 300, "postcode", "3311 gr", "plaats", "Dordrecht"));
        return body;
    }

    public static Map<String, Object> dienst(
            UUID organisatieId, String naam, List<String> leefgebieden, List<String> wijken) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisatieId", organisatieId.toString());
        body.put("naam", naam);
        body.put("leefgebieden", leefgebieden);
        body.put("doelgroepen", List.of("volwassenen"));
        body.put("wijken", wijken);
        body.put("aanmeldwijze", "verwijzing");
        body.put("contact", Map.of("telefoonnummer", "078 123 4567", "emailadres", "aanmelden@example.nl"));
        return body;
    }

    /**
     * A free walk-in ({@code collectief} of a service) at {@code locatie} in Wielwijk (3317AA),
     * open on {@code dagen} from {@code van} to {@code tot}.
     */
    public static Map<String, Object> inloop(String locatie, List<String> dagen, String van, String tot) {
        Map<String, Object> openingstijd = new HashMap<>();
        openingstijd.put("dagen", dagen);
        openingstijd.put("van", van);
        openingstijd.put("tot", tot);
        openingstijd.put("toelichting", "Zonder afspraak");
        Map<String, Object> adres = Map.of(
                "straat", "Bosboom Toussaintplein", "huisnummer", 1, "postcode", "3317 aa", "plaats", "Dordrecht");
        Map<String, Object> collectief = new HashMap<>();
        collectief.put("soort", "inloop");
        collectief.put("kosteloos", true);
        collectief.put("locatie", Map.of("naam", locatie, "adres", adres));
        collectief.put("openingstijden", List.of(openingstijd));
        return collectief;
    }

    public static UUID maakOrganisatie(String naam) {
        return maakOrganisatie(organisatie(naam));
    }

    /** An organisation serving {@code gemeenten}. */
    public static UUID maakOrganisatie(String naam, List<String> gemeenten) {
        Map<String, Object> organisatie = organisatie(naam);
        organisatie.put("gemeenten", gemeenten);
        return maakOrganisatie(organisatie);
    }

    private static UUID maakOrganisatie(Map<String, Object> organisatie) {
        return UUID.fromString(Api.als(BEHEERDER)
                .body(organisatie)
                .post("/organisaties")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static UUID maakDienst(UUID organisatieId, String naam, List<String> leefgebieden, List<String> wijken) {
        return UUID.fromString(Api.als(BEHEERDER)
                .body(dienst(organisatieId, naam, leefgebieden, wijken))
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
