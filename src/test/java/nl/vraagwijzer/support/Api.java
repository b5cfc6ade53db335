package nl.vraagwijzer.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * Requests as a caller with a real signed token, or as nobody at all. Every response is checked
 * against the contract ({@link Contractcontrole}).
 */
public final class Api {

    private Api() {}

    private static RequestSpecification json() {
        return given().basePath("/v1").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anoniem() {
        return json().filter(Contractcontrole.filter());
    }

    /**
     * For tests that call on purpose what the contract does not have (an unknown path or method, a
     * test-only endpoint): no response check.
     */
    public static RequestSpecification buitenContract(String rol) {
        return rol == null ? json() : json().auth().oauth2(Tokens.voor(rol));
    }

    public static RequestSpecification als(String rol) {
        return anoniem().auth().oauth2(Tokens.voor(rol));
    }

    public static RequestSpecification alsTeam(String rol, String team) {
        return anoniem().auth().oauth2(Tokens.voorTeam(rol, team));
    }

    /** A staff member of {@code team} acting for {@code gemeenten} (one, or several: send X-Gemeente). */
    public static RequestSpecification namens(String rol, String team, String... gemeenten) {
        return anoniem().auth().oauth2(Tokens.voorGemeente(rol, team, gemeenten));
    }

    /** A gemeente's own system ({@code sub} {@code systeem}) with the gemeente(n) in its claim. */
    public static RequestSpecification alsGemeentesysteem(String systeem, String... gemeenten) {
        return anoniem().auth().oauth2(Tokens.voorGemeentesysteem(systeem, gemeenten));
    }

    public static RequestSpecification alsOrganisatie(String rol, UUID organisatieId) {
        return anoniem().auth().oauth2(Tokens.voorOrganisatie(rol, organisatieId));
    }
}
