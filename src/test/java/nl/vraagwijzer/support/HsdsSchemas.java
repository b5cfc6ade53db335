package nl.vraagwijzer.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Open Referral HSDS 3.0 JSON Schemas kept in this project ({@code
 * src/test/resources/standaarden/hsds/schema}, with their source note and CC BY-SA 4.0 licence; the
 * compiled ones as the standard's OpenAPI references them), with format assertions on: every HSDS
 * response in the tests is checked against them, as another municipality's HSDS tools would.
 */
public final class HsdsSchemas {

    /** The folder on the test class path, so that the tests read the copy the repository keeps. */
    private static final String MAP = "/standaarden/hsds/schema/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FABRIEK = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** The Page envelope's fields (the standard's openapi.json), each one a reader relies on. */
    private static final List<String> PAGINA = List.of(
            "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");

    private HsdsSchemas() {}

    /** {@code json} is valid against {@code schema}, such as {@code compiled/service.json}. */
    public static JsonNode geldig(String schema, String json) {
        JsonNode boom = lees(json);
        Set<ValidationMessage> fouten = schema(schema).validate(boom);
        assertTrue(fouten.isEmpty(), schema + ": " + fouten + "\n" + json);
        return boom;
    }

    /**
     * {@code json} is an HSDS Page (valid against the standard's {@code Page} schema, all fields
     * present and consistent) whose every item is valid against {@code itemSchema}.
     */
    public static JsonNode geldigePagina(String itemSchema, String json) {
        JsonNode pagina = lees(json);
        Set<ValidationMessage> fouten = pageSchema().validate(pagina);
        assertTrue(fouten.isEmpty(), "Page: " + fouten + "\n" + json);
        PAGINA.forEach(veld -> assertTrue(pagina.has(veld), "Page without " + veld + ": " + json));
        assertEquals(pagina.get("contents").size(), pagina.get("size").asInt(), "size is the number of contents");
        assertEquals(pagina.get("contents").isEmpty(), pagina.get("empty").asBoolean());
        for (JsonNode item : pagina.get("contents")) {
            Set<ValidationMessage> itemFouten = schema(itemSchema).validate(item);
            assertTrue(itemFouten.isEmpty(), itemSchema + ": " + itemFouten + "\n" + item);
        }
        return pagina;
    }

    private static JsonSchema schema(String naam) {
        return SCHEMAS.computeIfAbsent(naam, n -> {
            try (InputStream bron = bron(n)) {
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build();
                return FABRIEK.getSchema(bron, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JsonSchema pageSchema() {
        return SCHEMAS.computeIfAbsent("#Page", n -> {
            JsonNode page = lees(bron("openapi.json")).at("/components/schemas/Page");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            return FABRIEK.getSchema(page.toString(), config);
        });
    }

    private static InputStream bron(String naam) {
        InputStream bron = HsdsSchemas.class.getResourceAsStream(MAP + naam);
        if (bron == null) {
            throw new IllegalStateException("HSDS schema not on the test class path: " + MAP + naam);
        }
        return bron;
    }

    private static JsonNode lees(InputStream bron) {
        try (bron) {
            return JSON.readTree(bron);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
