package nl.vraagwijzer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * The DDAS v0.9 JSON Schema of a delivery to CBS, kept in this project ({@code
 * src/test/resources/standaarden/ddas}, with its source note), with format assertions on: a delivery
 * must pass it as CBS's intake would check it.
 */
public final class DdasSchema {

    private static final JsonSchema SCHEMA = laad();

    private DdasSchema() {}

    /** What is wrong with {@code levering}; empty when it is valid. */
    public static Set<ValidationMessage> fouten(JsonNode levering) {
        return SCHEMA.validate(levering);
    }

    private static JsonSchema laad() {
        return JsonSchemas.laad("/standaarden/ddas/json_schema_Uitwisselmodel.json", SpecVersion.VersionFlag.V202012);
    }
}
