import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Bundles the split contract (openapi/openapi.yaml with paths/ and components/) into the one file
 * the service serves and the generators read. Run by the build (pom.xml, phase initialize) as
 * {@code java -cp <jackson> src/build/ContractBundel.java openapi/openapi.yaml target/openapi/openapi.yaml}.
 *
 * <p>The rules (openapi/README.md): the root lists every path as {@code $ref: paths/<tag>.yaml#/<path>}
 * and every shared part as {@code $ref: components/<section>.yaml#/<name>}; those are put in their
 * place. Elsewhere a reference to {@code components/<section>.yaml#/<name>} becomes
 * {@code #/components/<section>/<name>}, so every name and every reference is what it would be in
 * one hand-written file. Anything else outside the root is refused, so the bundle never depends on
 * a file the build does not know.
 */
public final class ContractBundel {

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private final Path map;
    private final Path wortel;
    private final Map<Path, JsonNode> gelezen = new HashMap<>();

    private ContractBundel(Path wortel) {
        this.wortel = wortel.toAbsolutePath().normalize();
        this.map = this.wortel.getParent();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ContractBundel <openapi.yaml> <bundle.yaml>");
        }
        JsonNode bundel = new ContractBundel(Path.of(args[0])).bundel();
        Path uit = Path.of(args[1]);
        Files.createDirectories(uit.toAbsolutePath().getParent());
        YAML.writeValue(uit.toFile(), bundel);
    }

    private JsonNode bundel() {
        ObjectNode wortelknoop = (ObjectNode) lees(wortel);
        ObjectNode uit = YAML.createObjectNode();
        wortelknoop.properties().forEach(veld -> {
            switch (veld.getKey()) {
                case "paths" -> uit.set("paths", opDePlaats(veld.getValue()));
                case "components" -> {
                    ObjectNode onderdelen = uit.putObject("components");
                    veld.getValue().properties().forEach(sectie -> onderdelen.set(
                            sectie.getKey(), opDePlaats(sectie.getValue())));
                }
                default -> uit.set(veld.getKey(), verwijzingen(veld.getValue(), wortel));
            }
        });
        return uit;
    }

    /** Each entry of the root that refers to another file, replaced by what it refers to. */
    private ObjectNode opDePlaats(JsonNode lijst) {
        ObjectNode uit = YAML.createObjectNode();
        lijst.properties().forEach(item -> {
            JsonNode waarde = item.getValue();
            if (waarde.has("$ref") && !waarde.get("$ref").asText().startsWith("#")) {
                Doel doel = doel(waarde.get("$ref").asText(), wortel);
                uit.set(item.getKey(), verwijzingen(knoop(doel), doel.bestand()));
            } else {
                uit.set(item.getKey(), verwijzingen(waarde, wortel));
            }
        });
        return uit;
    }

    /** A copy of {@code knoop} (read from {@code bestand}) whose references are the bundle's own. */
    private JsonNode verwijzingen(JsonNode knoop, Path bestand) {
        if (knoop.isObject()) {
            ObjectNode uit = YAML.createObjectNode();
            knoop.properties().forEach(veld -> {
                if (veld.getKey().equals("$ref") && veld.getValue().isTextual()) {
                    uit.put("$ref", intern(veld.getValue().asText(), bestand));
                } else {
                    uit.set(veld.getKey(), verwijzingen(veld.getValue(), bestand));
                }
            });
            return uit;
        }
        if (knoop.isArray()) {
            ArrayNode uit = YAML.createArrayNode();
            knoop.forEach(element -> uit.add(verwijzingen(element, bestand)));
            return uit;
        }
        return knoop;
    }

    private String intern(String ref, Path bestand) {
        Doel doel = doel(ref, bestand);
        if (doel.bestand().equals(wortel)) {
            return "#" + doel.pointer();
        }
        Path relatief = map.relativize(doel.bestand());
        String pointer = doel.pointer();
        if (relatief.getNameCount() == 2
                && relatief.getName(0).toString().equals("components")
                && pointer.lastIndexOf('/') == 0) {
            String sectie = relatief.getName(1).toString().replaceFirst("\\.yaml$", "");
            knoop(doel); // the part exists
            return "#/components/" + sectie + pointer;
        }
        throw new IllegalStateException(bestand + ": $ref " + ref + " points outside the root and components/");
    }

    private record Doel(Path bestand, String pointer) {}

    private Doel doel(String ref, Path bestand) {
        int hekje = ref.indexOf('#');
        String pad = hekje < 0 ? ref : ref.substring(0, hekje);
        String pointer = hekje < 0 ? "" : URLDecoder.decode(ref.substring(hekje + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Path doel = pad.isEmpty() ? bestand : bestand.getParent().resolve(pad).normalize();
        if (!doel.startsWith(map)) {
            throw new IllegalStateException(bestand + ": $ref " + ref + " leaves the contract's folder");
        }
        return new Doel(doel, pointer);
    }

    private JsonNode knoop(Doel doel) {
        JsonNode knoop = lees(doel.bestand()).at(JsonPointer.compile(doel.pointer()));
        if (knoop.isMissingNode()) {
            throw new IllegalStateException("$ref to nothing: " + map.relativize(doel.bestand()) + "#" + doel.pointer());
        }
        return knoop;
    }

    private JsonNode lees(Path bestand) {
        return gelezen.computeIfAbsent(bestand, pad -> {
            try {
                return YAML.readTree(pad.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + pad, e);
            }
        });
    }
}
