package nl.vraagwijzer.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Requests as a caller with a real signed token, or as nobody at all. */
public final class Api {

    private Api() {}

    public static RequestSpecification anoniem() {
        return given().basePath("/v1").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification als(String rol) {
        return anoniem().auth().oauth2(Tokens.voor(rol));
    }

    public static RequestSpecification alsTeam(String rol, String team) {
        return anoniem().auth().oauth2(Tokens.voorTeam(rol, team));
    }

    public static RequestSpecification alsOrganisatie(String rol, UUID organisatieId) {
        return anoniem().auth().oauth2(Tokens.voorOrganisatie(rol, organisatieId));
    }
}
