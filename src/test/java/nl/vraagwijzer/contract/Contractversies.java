package nl.vraagwijzer.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vraagwijzer.support.Contractcontrole;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The versioning rules of the contract (openapi/CHANGELOG.md): compared with the last released
 * contract, a breaking change (found by openapi-diff) needs a higher major version, any change needs
 * a higher version, and versions are semver.
 */
final class Contractversies {

    static final Path RELEASES = Path.of("openapi/releases");
    static final Path CHANGELOG = Path.of("openapi/CHANGELOG.md");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

    private Contractversies() {}

    record Versie(int major, int minor, int patch) implements Comparable<Versie> {

        static Versie van(String tekst) {
            Matcher m = SEMVER.matcher(tekst);
            if (!m.matches()) {
                throw new IllegalArgumentException("info.version " + tekst + " is geen semver (MAJOR.MINOR.PATCH)");
            }
            return new Versie(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }

        @Override
        public int compareTo(Versie andere) {
            return Comparator.comparingInt(Versie::major)
                    .thenComparingInt(Versie::minor)
                    .thenComparingInt(Versie::patch)
                    .compare(this, andere);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    /** Every contract in openapi/releases, oldest version first. */
    static List<ObjectNode> releases() throws IOException {
        try (Stream<Path> releases = Files.list(RELEASES)) {
            return releases.filter(pad -> pad.toString().endsWith(".yaml"))
                    .map(Contractcontrole::lees)
                    .sorted(Comparator.comparing(Contractversies::versie))
                    .toList();
        }
    }

    /** The newest contract in openapi/releases. */
    static Path laatsteRelease() throws IOException {
        try (Stream<Path> releases = Files.list(RELEASES)) {
            return releases.filter(pad -> pad.toString().endsWith(".yaml"))
                    .max(Comparator.comparing(pad -> versie(Contractcontrole.lees(pad))))
                    .orElseThrow(() -> new IllegalStateException("geen release in " + RELEASES));
        }
    }

    static Versie versie(JsonNode contract) {
        return Versie.van(contract.path("info").path("version").asText());
    }

    /** What is wrong with going from the released contract to the new one; empty when nothing. */
    static List<String> bezwaren(JsonNode vorige, JsonNode nieuwe) {
        List<String> bezwaren = new ArrayList<>();
        Versie van = versie(vorige);
        Versie naar;
        try {
            naar = versie(nieuwe);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        if (naar.compareTo(van) < 0) {
            bezwaren.add("info.version " + naar + " is lager dan de laatste release " + van);
        }
        ChangedOpenApi verschil = OpenApiCompare.fromContents(tekst(vorige), tekst(nieuwe));
        if (verschil.isIncompatible() && naar.major() <= van.major()) {
            bezwaren.add("brekende wijziging ten opzichte van release " + van + " zonder nieuwe major versie (nu "
                    + naar + "):\n" + markdown(verschil));
        }
        if (naar.equals(van) && !zonderVersie(vorige).equals(zonderVersie(nieuwe))) {
            bezwaren.add("het contract is gewijzigd maar info.version is nog " + van
                    + "; verhoog de versie en beschrijf de wijziging in " + CHANGELOG);
        }
        return bezwaren;
    }

    private static JsonNode zonderVersie(JsonNode contract) {
        ObjectNode kopie = contract.deepCopy();
        ((ObjectNode) kopie.path("info")).remove("version");
        return kopie;
    }

    private static String tekst(JsonNode contract) {
        try {
            return YAML.writeValueAsString(contract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(ChangedOpenApi verschil) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        OutputStreamWriter schrijver = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        // the renderer flushes and closes the writer
        new MarkdownRender().render(verschil, schrijver);
        return uit.toString(StandardCharsets.UTF_8);
    }
}
