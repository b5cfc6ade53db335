package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.security.VerifieerdeTokens;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.Test;

/** Only tokens the OIDC provider signed, for this API, still valid, get in. */
@QuarkusTest
class TokenTest {

    private static void geweigerd(String token) {
        isProblem(Api.anoniem().auth().oauth2(token).get("/organisaties").then(), 401);
    }

    @Test
    void geldigTokenWordtAanvaard() {
        Api.anoniem()
                .auth()
                .oauth2(Tokens.sign(Tokens.claims(BEHEERDER)))
                .get("/organisaties")
                .then()
                .statusCode(200);
    }

    @Test
    void verlopenToken() {
        long uurGeleden = System.currentTimeMillis() / 1000 - 3600;
        geweigerd(
                Tokens.sign(Tokens.claims(BEHEERDER).issuedAt(uurGeleden - 600).expiresAt(uurGeleden)));
    }

    @Test
    void tokenUitDeToekomst() {
        long straks = System.currentTimeMillis() / 1000 + 3600;
        geweigerd(Tokens.sign(Tokens.claims(BEHEERDER).issuedAt(straks).expiresAt(straks + 600)));
    }

    @Test
    void verkeerdeUitgever() {
        geweigerd(Tokens.sign(Tokens.claims(BEHEERDER).issuer("https://nep.example.com")));
    }

    @Test
    void verkeerdePubliek() {
        geweigerd(Tokens.sign(Tokens.claims(BEHEERDER).audience("andere-api")));
    }

    @Test
    void ongetekendToken() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String geldig = Tokens.voor(BEHEERDER);
        geweigerd(header + "." + geldig.split("\\.")[1] + ".");
    }

    @Test
    void gemanipuleerdToken() {
        String[] delen = Tokens.voor("partner").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("\"partner\"", "\"beheerder\"");
        geweigerd(delen[0] + "." + base64(payload) + "." + delen[2]);
    }

    @Inject
    VerifieerdeTokens verifieerd;

    @Test
    void eenTokenWordtEenKeerGeverifieerd() {
        String token = Tokens.sign(
                Tokens.claims(BEHEERDER).claim("jti", UUID.randomUUID().toString()));
        long voor = verifieerd.treffers();
        for (int i = 0; i < 3; i++) {
            Api.anoniem().auth().oauth2(token).get("/organisaties").then().statusCode(200);
        }
        assertEquals(voor + 2, verifieerd.treffers(), "the second and third request from the kept identity");
    }

    @Test
    void eenBewaardTokenHoudtNietsVanZijnVerzoekVast() {
        String token = Tokens.sign(
                Tokens.claims(BEHEERDER).claim("jti", UUID.randomUUID().toString()));
        Api.anoniem().auth().oauth2(token).get("/organisaties").then().statusCode(200);
        Map<String, Object> attributen = verifieerd.bewaardeAttributen(token);
        assertFalse(attributen.isEmpty(), "the token is kept, with its tenant and expiry");
        // the request and the authentication's context would keep that request's answer alive
        attributen.forEach((naam, waarde) -> assertTrue(
                waarde == null || waarde instanceof String || waarde instanceof Number || waarde instanceof Boolean,
                naam + " keeps " + waarde));
        Api.anoniem().auth().oauth2(token).get("/organisaties").then().statusCode(200);
    }

    @Test
    void eenAndereHandtekeningGaatDeHeleWeg() {
        String token = Tokens.sign(
                Tokens.claims(BEHEERDER).claim("jti", UUID.randomUUID().toString()));
        Api.anoniem().auth().oauth2(token).get("/organisaties").then().statusCode(200);
        // the same header and claims with a signature that is not the issuer's: another key, refused
        String[] delen = token.split("\\.");
        char laatste = delen[2].charAt(delen[2].length() - 2);
        String anders = delen[2].substring(0, delen[2].length() - 2)
                + (laatste == 'A' ? 'B' : 'A')
                + delen[2].charAt(delen[2].length() - 1);
        geweigerd(delen[0] + "." + delen[1] + "." + anders);
        // nor does a kept token lend its identity to other claims under its signature
        String payload = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("\"test-beheerder\"", "\"iemand-anders\"");
        geweigerd(delen[0] + "." + base64(payload) + "." + delen[2]);
    }

    @Test
    void eenBewaardTokenVerlooptOpZijnExp() throws InterruptedException {
        long nu = System.currentTimeMillis() / 1000;
        String token = Tokens.sign(Tokens.claims(BEHEERDER).issuedAt(nu).expiresAt(nu + 2));
        Api.anoniem().auth().oauth2(token).get("/organisaties").then().statusCode(200);
        Thread.sleep(Math.max(0, (nu + 3) * 1000 - System.currentTimeMillis()));
        geweigerd(token);
    }

    @Test
    void geenBearerMaarIetsAnders() {
        Api.anoniem()
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/organisaties")
                .then()
                .statusCode(401);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
