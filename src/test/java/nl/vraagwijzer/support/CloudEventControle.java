package nl.vraagwijzer.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

/**
 * What a receiver built for Dutch government events checks: each event valid against the
 * CloudEvents 1.0 JSON schema (src/test/resources/standaarden/cloudevents, with its source note and
 * licence) and the NL GOV profile's rules, of a type the contract lists, without personal data; and
 * each delivery's HMAC and detached JWS.
 */
public final class CloudEventControle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BRON = Pattern.compile("^urn:nld:oin:[0-9]{20}:systeem:vraagwijzer$");
    /** Reverse-DNS by domain, lower case; at most one version segment ({@code v2}). */
    private static final Pattern TYPE = Pattern.compile("^nl\\.vraagwijzer(\\.[a-z][a-z0-9-]*)+$");

    private static final Pattern VERSIE = Pattern.compile("^v[0-9]+$");
    private static final JsonSchema SCHEMA = schema();

    private CloudEventControle() {}

    /**
     * The CloudEvents in {@code body} (one, or an array for the batched mode), each checked; none
     * may contain any of {@code verboden} (the resident's BSN, names, address, free text).
     */
    public static List<JsonNode> geldig(String body, String... verboden) {
        for (String persoonsgegeven : verboden) {
            assertFalse(body.contains(persoonsgegeven), "personal data '" + persoonsgegeven + "' in an event: " + body);
        }
        JsonNode boom = lees(body);
        List<JsonNode> events = new ArrayList<>();
        if (boom.isArray()) {
            boom.forEach(events::add);
        } else {
            events.add(boom);
        }
        events.forEach(CloudEventControle::volgensProfiel);
        return events;
    }

    private static void volgensProfiel(JsonNode event) {
        Set<ValidationMessage> fouten = SCHEMA.validate(event);
        assertTrue(fouten.isEmpty(), "CloudEvents 1.0 schema: " + fouten + "\n" + event);
        assertEquals("1.0", event.path("specversion").asText(), "specversion");
        assertTrue(
                BRON.matcher(event.path("source").asText()).matches(), "source is the URN of OIN and system: " + event);
        String type = event.path("type").asText();
        assertTrue(TYPE.matcher(type).matches(), "type in reverse-DNS form: " + type);
        assertTrue(
                Arrays.stream(type.split("\\."))
                                .filter(d -> VERSIE.matcher(d).matches())
                                .count()
                        <= 1,
                "at most one version segment: " + type);
        assertTrue(gedocumenteerdeTypen().contains(type), "type listed in the contract: " + type);
        UUID subject = UUID.fromString(event.path("subject").asText());
        UUID.fromString(event.path("id").asText());
        assertTrue(event.path("time").isTextual(), "time: " + event);
        assertEquals("Integer", event.path("sequencetype").asText(), "sequencetype");
        assertTrue(event.path("sequence").asText().matches("[1-9][0-9]*"), "sequence: " + event);
        if (event.has("dataref")) {
            assertTrue(event.path("dataref").asText().endsWith("/" + subject), "dataref names the subject: " + event);
        }
        if (event.has("data")) {
            assertEquals("application/json", event.path("datacontenttype").asText(), "datacontenttype with data");
            assertTrue(event.path("dataschema").asText().contains("/openapi.json#/components/schemas/"), "dataschema");
        }
    }

    /** The sequence numbers of the events, in order. */
    public static List<Long> sequences(List<JsonNode> events) {
        return events.stream()
                .map(e -> Long.parseLong(e.path("sequence").asText()))
                .toList();
    }

    /** {@code X-Vraagwijzer-Handtekening} is the HMAC-SHA256 of the body with the subscription's secret. */
    public static void hmacKlopt(CloudEventOntvanger.Verzoek verzoek, String geheim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String verwacht = "sha256="
                    + HexFormat.of().formatHex(mac.doFinal(verzoek.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals(verwacht, verzoek.header("X-Vraagwijzer-Handtekening"), "HMAC");
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code X-Vraagwijzer-JWS} is a detached ES256 JWS over the body, by a key in {@code jwks}
     * (the published key set). @return its key id
     */
    public static String jwsKlopt(String body, String jws, String jwks) {
        assertNotNull(jws, "X-Vraagwijzer-JWS");
        String[] delen = jws.split("\\.", -1);
        assertEquals(3, delen.length, "compact serialization: " + jws);
        assertEquals("", delen[1], "the payload is detached");
        try {
            JsonWebSignature handtekening = new JsonWebSignature();
            handtekening.setAlgorithmConstraints(new AlgorithmConstraints(
                    AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            handtekening.setCompactSerialization(jws);
            handtekening.setPayload(body);
            handtekening.setKey(new VerificationJwkSelector()
                    .select(handtekening, new JsonWebKeySet(jwks).getJsonWebKeys())
                    .getKey());
            assertTrue(handtekening.verifySignature(), "the JWS verifies against the JWKS");
            return handtekening.getKeyIdHeaderValue();
        } catch (Exception e) {
            throw new AssertionError("JWS " + jws + " against " + jwks, e);
        }
    }

    /** Every type a receiver may get: the partners' list is part of the gemeente systems'. */
    private static List<String> gedocumenteerdeTypen() {
        List<String> typen = new ArrayList<>();
        Contractcontrole.bron()
                .at("/components/schemas/Gemeentegebeurtenistype/enum")
                .forEach(type -> typen.add(type.asText()));
        return typen;
    }

    private static JsonNode lees(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static JsonSchema schema() {
        return JsonSchemas.laad("/standaarden/cloudevents/cloudevents.json", SpecVersion.VersionFlag.V7);
    }
}
