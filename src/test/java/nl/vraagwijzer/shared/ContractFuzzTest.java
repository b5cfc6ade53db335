package nl.vraagwijzer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vraagwijzer.support.Contractcontrole;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A fuzzer driven by the contract: for every operation in {@code openapi/openapi.yaml} it takes the
 * request as the contract describes it (the body's {@code example}, the parameters with their
 * types) and sends hostile variants of it with a token of a role the operation allows: NUL and
 * lone surrogates in every string, dates outside the calendar, {@code null} in every array, wrong
 * types, huge numbers, and the same in every path and query parameter. Each answer must be below
 * 500, problem+json when it is an error, and an error must have written nothing.
 *
 * <p>Variants are drawn with a seed ({@code -Dfuzz.seed}, printed with every failure) so a run can
 * be repeated; {@code -Dfuzz.varianten} sets how many per operation. Past findings are replayed
 * from {@code src/test/resources/fuzz/corpus.json} on every run.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int VARIANTEN = Integer.getInteger("fuzz.varianten", 10);

    /** Tables that background jobs write to (deliveries, job runs) or that record refusals. */
    private static final List<String> ACHTERGROND =
            List.of("aflevering", "abonnement", "taakuitvoering", "flyway_schema_history");

    record Verzoek(
            String methode,
            String pad,
            Map<String, String> query,
            Map<String, String> headers,
            String body,
            String rol) {}

    @TestFactory
    Stream<DynamicTest> elkeOperatieVerdraagtVijandigeInvoer() {
        Random random = new Random(SEED);
        JsonNode contract = Contractcontrole.bron();
        List<DynamicTest> tests = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(methode -> {
                    if (!List.of("get", "post", "put", "delete", "patch").contains(methode.getKey())) {
                        return;
                    }
                    JsonNode operatie = methode.getValue();
                    for (int i = 0; i < VARIANTEN; i++) {
                        Verzoek verzoek = variant(contract, pad.getKey(), methode.getKey(), operatie, random);
                        tests.add(DynamicTest.dynamicTest(
                                operatie.path("operationId").asText() + " #" + i + " (seed " + SEED + ")",
                                () -> controleer(verzoek)));
                    }
                }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eerdereVondstenBlijvenOpgelost() throws IOException {
        JsonNode corpus = JSON.readTree(Files.readString(Path.of("src/test/resources/fuzz/corpus.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vondst : corpus) {
            Map<String, String> query = new LinkedHashMap<>();
            vondst.path("query")
                    .fields()
                    .forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
            Map<String, String> headers = new LinkedHashMap<>();
            vondst.path("headers")
                    .fields()
                    .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            Verzoek verzoek = new Verzoek(
                    vondst.path("methode").asText(),
                    vondst.path("pad").asText(),
                    query,
                    headers,
                    vondst.hasNonNull("body") ? vondst.get("body").asText() : null,
                    vondst.path("rol").asText());
            int verwacht = vondst.path("status").asInt(0);
            tests.add(DynamicTest.dynamicTest(vondst.path("vondst").asText(), () -> {
                Response antwoord = controleer(verzoek);
                if (verwacht > 0) {
                    assertEquals(verwacht, antwoord.statusCode(), antwoord.asString());
                }
            }));
        }
        return tests.stream();
    }

    private Response controleer(Verzoek verzoek) throws SQLException {
        Map<String, Long> voor = tellingen();
        RequestSpecification spec = RestAssured.given()
                .urlEncodingEnabled(false)
                .basePath("/v1")
                .contentType("application/json")
                .accept("application/json");
        if (!verzoek.rol().equals("anoniem")) {
            spec.auth().oauth2(token(verzoek.rol()));
        }
        verzoek.query().forEach(spec::queryParam);
        verzoek.headers().forEach(spec::header);
        if (verzoek.body() != null) {
            spec.body(verzoek.body());
        }
        Response antwoord = spec.request(verzoek.methode(), verzoek.pad());
        String wat = verzoek + " -> " + antwoord.statusCode() + " " + antwoord.asString();
        assertTrue(antwoord.statusCode() < 500, "5xx: " + wat);
        if (antwoord.statusCode() >= 400) {
            assertTrue(antwoord.contentType().startsWith("application/problem+json"), "no problem+json: " + wat);
            assertEquals(voor, tellingen(), "an error wrote something: " + wat);
        }
        return antwoord;
    }

    private static String token(String rol) {
        return switch (rol) {
            case "partner", "rapportage" -> Tokens.voorOrganisatie(rol, UUID.randomUUID());
            case "professional", "teamleider" -> Tokens.voorTeam(rol, "team-fuzz");
            default -> Tokens.voor(rol);
        };
    }

    /** Row counts of every table the request could write to, the access log excepted (refusals are logged). */
    private Map<String, Long> tellingen() throws SQLException {
        Map<String, Long> tellingen = new LinkedHashMap<>();
        try (Connection connection = nl.vraagwijzer.support.Beheerdatabase.verbinding();
                Statement sql = connection.createStatement()) {
            List<String> tabellen = new ArrayList<>();
            try (ResultSet rij = sql.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                    + " and tablename not like 'logboek%' order by tablename")) {
                while (rij.next()) {
                    if (!ACHTERGROND.contains(rij.getString(1))) {
                        tabellen.add(rij.getString(1));
                    }
                }
            }
            for (String tabel : tabellen) {
                try (ResultSet rij = sql.executeQuery("select count(*) from " + tabel)) {
                    rij.next();
                    tellingen.put(tabel, rij.getLong(1));
                }
            }
        }
        return tellingen;
    }

    // --- generating variants ------------------------------------------------------------------

    private static final List<String> VIJANDIGE_TEKST = List.of(
            "a\u0000b",
            "\ud800",
            "x\udfffy",
            "\u0001\u0002",
            "\u202e" + "kwaad",
            "'; drop table inwoner; --",
            "../../etc/passwd",
            "=1+1",
            "\t@x",
            "a".repeat(5000),
            "🙂🙂",
            "");
    private static final List<String> VIJANDIGE_DATUM = List.of(
            "+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01T00:00:00Z", "2026-02-30", "2026-13-01");
    private static final List<String> VIJANDIGE_PARAMETER = List.of(
            "%00",
            "a%00b",
            "%ED%A0%80",
            "%C3%28",
            "%C0%80",
            "..%2F..%2F",
            "-1",
            "0",
            "99999999999999999999",
            "+999999999-01-01",
            "null",
            "%27%3B",
            "a".repeat(3000),
            "true%00");

    private static Verzoek variant(JsonNode contract, String pad, String methode, JsonNode operatie, Random random) {
        List<JsonNode> parameters = new ArrayList<>();
        operatie.path("parameters").forEach(p -> parameters.add(los(contract, p)));
        contract.path("paths").path(pad).path("parameters").forEach(p -> parameters.add(los(contract, p)));
        String rol = operatie.path("x-rollen")
                .path(random.nextInt(Math.max(1, operatie.path("x-rollen").size())))
                .asText("beheerder");
        // one kind of attack per variant: the body, a query parameter, a path parameter or a header
        int soort = random.nextInt(4);
        String ingevuld = pad;
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String naam = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" ->
                    ingevuld = ingevuld.replace(
                            "{" + naam + "}",
                            soort == 1
                                    ? kies(VIJANDIGE_PARAMETER, random)
                                    : UUID.randomUUID().toString());
                case "query" -> {
                    if (soort == 2 && random.nextBoolean()) {
                        query.put(naam, kies(VIJANDIGE_PARAMETER, random));
                    }
                }
                case "header" -> {
                    if (naam.equals("Idempotency-Key")) {
                        headers.put(naam, UUID.randomUUID().toString());
                    } else if (naam.equals("If-Match")) {
                        headers.put(
                                naam,
                                soort == 3
                                        ? kies(
                                                List.of("\"-1\"", "\"99999999999999999999\"", "W/\"0\"", "*", "\"a\""),
                                                random)
                                        : "\"0\"");
                    } else if (soort == 3) {
                        headers.put(naam, kies(List.of("x".repeat(2000), "\u00ff\u00fe", "%00"), random));
                    }
                }
                default -> {}
            }
        }
        String body = null;
        JsonNode schema = los(contract, operatie.path("requestBody"))
                .path("content")
                .path("application/json")
                .path("schema");
        if (!schema.isMissingNode()) {
            JsonNode voorbeeld = los(contract, schema).path("example");
            JsonNode basis = voorbeeld.isMissingNode() ? JsonNodeFactory.instance.objectNode() : voorbeeld.deepCopy();
            body = soort == 0 ? vervuil(basis, random) : basis.toString();
        }
        return new Verzoek(methode.toUpperCase(), ingevuld, query, headers, body, rol);
    }

    /** The example with one leaf (or the whole) replaced by something hostile, as JSON text. */
    private static String vervuil(JsonNode voorbeeld, Random random) {
        List<JsonNode[]> plekken = new ArrayList<>();
        verzamel(voorbeeld, plekken);
        if (plekken.isEmpty() || random.nextInt(10) == 0) {
            return kies(
                    List.of(
                            "[]",
                            "\"tekst\"",
                            "null",
                            "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                            "{",
                            "1e400"),
                    random);
        }
        JsonNode[] plek = plekken.get(random.nextInt(plekken.size()));
        JsonNode ouder = plek[0];
        JsonNode waarde = plek[1];
        JsonNode nieuw =
                switch (random.nextInt(5)) {
                    case 0 -> JsonNodeFactory.instance.textNode(kies(VIJANDIGE_TEKST, random));
                    case 1 -> JsonNodeFactory.instance.textNode(kies(VIJANDIGE_DATUM, random));
                    case 2 -> JsonNodeFactory.instance.arrayNode().addNull();
                    case 3 -> JsonNodeFactory.instance.numberNode(new java.math.BigInteger("9".repeat(40)));
                    default ->
                        waarde.isTextual()
                                ? JsonNodeFactory.instance.objectNode()
                                : JsonNodeFactory.instance.textNode("x");
                };
        if (ouder instanceof ObjectNode object) {
            String veld = plek[2].asText();
            object.set(veld, nieuw);
        } else if (ouder instanceof ArrayNode lijst) {
            lijst.set(plek[2].asInt(), random.nextBoolean() ? nieuw : JsonNodeFactory.instance.nullNode());
        }
        String tekst = voorbeeld.toString();
        // Jackson writes a lone surrogate as '?'; send it as the escape a client would
        return tekst.replace("\ud800", "\\ud800").replace("\udfff", "\\udfff");
    }

    private static void verzamel(JsonNode knoop, List<JsonNode[]> plekken) {
        if (knoop instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> velden = object.fields();
            while (velden.hasNext()) {
                Map.Entry<String, JsonNode> veld = velden.next();
                plekken.add(new JsonNode[] {object, veld.getValue(), JsonNodeFactory.instance.textNode(veld.getKey())});
                verzamel(veld.getValue(), plekken);
            }
        } else if (knoop instanceof ArrayNode lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                plekken.add(new JsonNode[] {lijst, lijst.get(i), JsonNodeFactory.instance.numberNode(i)});
                verzamel(lijst.get(i), plekken);
            }
        }
    }

    private static JsonNode los(JsonNode contract, JsonNode knoop) {
        JsonNode huidig = knoop;
        while (huidig.has("$ref")) {
            JsonNode doel = contract;
            for (String deel : huidig.get("$ref").asText().substring(2).split("/")) {
                doel = doel.path(deel);
            }
            huidig = doel;
        }
        return huidig;
    }

    private static <T> T kies(List<T> lijst, Random random) {
        return lijst.get(random.nextInt(lijst.size()));
    }
}
