package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.support.CloudEventControle.jwsKlopt;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Key rotation without a gap: the configured keys (application.properties, test only) are one that
 * signs now and one published ahead of its {@code vanaf}. Signatures made before and after the
 * switch both verify against the one JWKS the service publishes.
 */
@QuarkusTest
class SleutelbosTest {

    @Inject
    WebhookConfig config;

    private Sleutelbos op(String tijdstip) {
        return new Sleutelbos(config.sleutels(), Clock.fixed(Instant.parse(tijdstip), ZoneOffset.UTC));
    }

    @Test
    void deNieuweSleutelStaatInDeJwksVoordatHijOndertekentEnDeOudeBlijft() {
        String jwks = Api.anoniem()
                .get("/sleutels")
                .then()
                .statusCode(200)
                .body("keys.kid", containsInAnyOrder("vraagwijzer-2026-06", "vraagwijzer-2099-01"))
                .body("keys.alg", everyItem(is("ES256")))
                .body("keys.crv", everyItem(is("P-256")))
                // public only
                .body("keys[0].d", nullValue())
                .body("keys[1].d", nullValue())
                .extract()
                .asString();
        String body = "{\"specversion\":\"1.0\"}";
        String voor = op("2098-12-31T23:59:59Z").onderteken(body);
        String na = op("2099-01-01T00:00:01Z").onderteken(body);
        assertEquals("vraagwijzer-2026-06", jwsKlopt(body, voor, jwks));
        assertEquals("vraagwijzer-2099-01", jwsKlopt(body, na, jwks));
    }

    @Test
    void eenOnbruikbareSleutelHoudtDeStartTegen() {
        WebhookConfig.Sleutel kapot = new WebhookConfig.Sleutel() {
            @Override
            public String prive() {
                return "bm9nIGdlZW4gc2xldXRlbA==";
            }

            @Override
            public Instant vanaf() {
                return Instant.EPOCH;
            }
        };
        IllegalArgumentException fout = assertThrows(
                IllegalArgumentException.class, () -> new Sleutelbos(Map.of("kapot", kapot), Clock.systemUTC()));
        assertTrue(fout.getMessage().contains("vraagwijzer.webhooks.sleutels.kapot"), fout.getMessage());
    }

    @Test
    void zonderSleutelsEenVoorDitProces() {
        Sleutelbos bos = new Sleutelbos(Map.of(), Clock.systemUTC());
        String jwks = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(bos.jwks())
                .toString();
        jwsKlopt("x", bos.onderteken("x"), jwks);
    }
}
