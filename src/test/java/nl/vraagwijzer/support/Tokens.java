package nl.vraagwijzer.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens as Keycloak issues them, signed with the test OIDC provider's private key: roles
 * in {@code realm_access.roles}, audience {@code vraagwijzer-api}, and for partner and script
 * clients the claim {@code organisatie_id}.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "vraagwijzer-api";
    private static final String KEY = "privateKey.jwk";

    private Tokens() {}

    /** A staff member's token with one role. */
    public static String voor(String rol) {
        return claims(rol).sign(KEY);
    }

    /** A partner or script client's token for an organisation. */
    public static String voorOrganisatie(String rol, UUID organisatieId) {
        return claims(rol).claim("organisatie_id", organisatieId.toString()).sign(KEY);
    }

    /** A professional's or team lead's token, with the team claim. */
    public static String voorTeam(String rol, String team) {
        return claims(rol).claim("team", team).sign(KEY);
    }

    /**
     * A staff member's token acting for one gemeente, or holding several (the claim is then a list
     * and requests name the one in {@code X-Gemeente}); {@code team} may be null.
     */
    public static String voorGemeente(String rol, String team, String... gemeenten) {
        JwtClaimsBuilder claims = claims(rol);
        if (team != null) {
            claims.claim("team", team);
        }
        return (gemeenten.length == 1
                        ? claims.claim("gemeente", gemeenten[0])
                        : claims.claim("gemeente", List.of(gemeenten)))
                .sign(KEY);
    }

    /**
     * A gemeente system's client-credentials token: role {@code gemeentesysteem}, the client as
     * {@code sub}, and the gemeente(n) in the claim (none when empty).
     */
    public static String voorGemeentesysteem(String systeem, String... gemeenten) {
        JwtClaimsBuilder claims =
                claims("gemeentesysteem").subject(systeem).preferredUserName("service-account-" + systeem);
        if (gemeenten.length == 1) {
            claims.claim("gemeente", gemeenten[0]);
        } else if (gemeenten.length > 1) {
            claims.claim("gemeente", List.of(gemeenten));
        }
        return claims.sign(KEY);
    }

    /** The usual claims, to be varied by tests of token validation. */
    public static JwtClaimsBuilder claims(String rol) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("test-" + rol)
                .preferredUserName("test-" + rol)
                .claim("realm_access", Map.of("roles", List.of(rol)))
                .expiresIn(600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }
}
