package nl.vraagwijzer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Test;

/**
 * Examples where they help a newcomer, not where they mislead: Swagger UI's "Try it out" fills
 * every parameter that has an example (on the parameter, its schema, a schema it refers to, or
 * its items) into the form, so an optional filter with an example silently filters the first
 * list a newcomer sees, and an optional {@code X-Gemeente} with one is a 403 for most tokens.
 */
class ContractVoorbeeldenTest {

    private static final JsonNode CONTRACT = Contractcontrole.bron();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eenOptioneleParameterIsLeegTotDeGebruikerHemInvult() {
        List<String> gevuld = new ArrayList<>();
        CONTRACT.path("paths").fields().forEachRemaining(pad -> pad.getValue()
                .fields()
                .forEachRemaining(
                        operatie -> operatie.getValue().path("parameters").forEach(verwijzing -> {
                            JsonNode parameter = los(verwijzing);
                            if (!parameter.path("required").asBoolean() && heeftVoorbeeld(parameter)) {
                                gevuld.add(operatie.getKey() + " " + pad.getKey() + " "
                                        + parameter.path("in").asText() + " "
                                        + parameter.path("name").asText());
                            }
                        })));
        assertEquals(List.of(), gevuld, "optional parameters that Swagger UI would fill in with an example");
    }

    @Test
    void deControleZietEenVoorbeeldInEenSchemaWaarnaarVerwezenWordt() {
        JsonNode filter = JSON.valueToTree(Map.of(
                "name", "gemeente",
                "in", "query",
                "schema", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Gemeenten"))));
        JsonNode gemeenten = JSON.valueToTree(Map.of("type", "string", "example", "GM0988"));
        assertEquals(true, heeftVoorbeeld(filter, Map.of("#/components/schemas/Gemeenten", gemeenten)));
        assertEquals(
                false,
                heeftVoorbeeld(
                        filter, Map.of("#/components/schemas/Gemeenten", JSON.valueToTree(Map.of("type", "string")))));
    }

    private static boolean heeftVoorbeeld(JsonNode parameter) {
        return heeftVoorbeeld(parameter, Map.of());
    }

    /** An example anywhere Swagger UI looks: the node, its schema, what it refers to, its items. */
    private static boolean heeftVoorbeeld(JsonNode knoop, Map<String, JsonNode> extra) {
        if (knoop.has("$ref")) {
            String ref = knoop.get("$ref").asText();
            return heeftVoorbeeld(extra.containsKey(ref) ? extra.get(ref) : CONTRACT.at(ref.substring(1)), extra);
        }
        if (knoop.has("example") || knoop.has("examples")) {
            return true;
        }
        for (String deel : List.of("schema", "items")) {
            if (knoop.has(deel) && heeftVoorbeeld(knoop.get(deel), extra)) {
                return true;
            }
        }
        for (String samenstelling : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode deel : knoop.path(samenstelling)) {
                if (heeftVoorbeeld(deel, extra)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode los(JsonNode verwijzing) {
        return verwijzing.has("$ref")
                ? CONTRACT.at(verwijzing.get("$ref").asText().substring(1))
                : verwijzing;
    }
}
