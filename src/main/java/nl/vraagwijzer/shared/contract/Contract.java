package nl.vraagwijzer.shared.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The OpenAPI contract, bundled by the build from {@code openapi/} and packaged in the jar. It is the single
 * source of the API version: the {@code API-Version} header and {@code /v1/openapi.json} both come
 * from here, so the service cannot announce a version its contract does not have.
 */
@ApplicationScoped
public class Contract {

    static final String LOCATION = "META-INF/openapi.yaml";
    static final String CHANGELOG = "META-INF/CHANGELOG.md";
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final byte[] json;
    private final byte[] changelog;
    private final String version;
    private final Map<Pattern, Set<String>> methodsByPath = new LinkedHashMap<>();
    private final Map<String, Set<String>> headersByOperation = new LinkedHashMap<>();
    private final Map<String, List<String>> rolesByOperation = new LinkedHashMap<>();

    public Contract() {
        try (InputStream yaml = Thread.currentThread().getContextClassLoader().getResourceAsStream(LOCATION)) {
            if (yaml == null) {
                throw new IllegalStateException("The contract " + LOCATION + " is missing from the build");
            }
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            this.version = tree.path("info").path("version").asText();
            this.json = new ObjectMapper().writeValueAsBytes(tree);
            tree.path("paths").fields().forEachRemaining(path -> {
                Set<String> methods = new TreeSet<>();
                path.getValue().fieldNames().forEachRemaining(name -> {
                    if (HTTP_METHODS.contains(name)) {
                        methods.add(name.toUpperCase(Locale.ROOT));
                        JsonNode operation = path.getValue().path(name);
                        Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                        operation.path("parameters").forEach(parameter -> {
                            JsonNode resolved = parameter.has("$ref")
                                    ? tree.at(parameter.get("$ref").asText().substring(1))
                                    : parameter;
                            if ("header".equals(resolved.path("in").asText())) {
                                headers.add(resolved.path("name").asText());
                            }
                        });
                        headersByOperation.put(operation.path("operationId").asText(), headers);
                        List<String> roles = new ArrayList<>();
                        operation.path("x-rollen").forEach(role -> roles.add(role.asText()));
                        rolesByOperation.put(operation.path("operationId").asText(), List.copyOf(roles));
                    }
                });
                methodsByPath.put(template(path.getKey()), methods);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + LOCATION + " cannot be read", e);
        }
        try (InputStream markdown =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(CHANGELOG)) {
            if (markdown == null) {
                throw new IllegalStateException("The changelog " + CHANGELOG + " is missing from the build");
            }
            this.changelog = markdown.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The changelog " + CHANGELOG + " cannot be read", e);
        }
    }

    /** What changed per version (openapi/CHANGELOG.md), as Markdown. */
    public byte[] changelog() {
        return changelog.clone();
    }

    /**
     * The methods the contract defines for a request path below {@code /v1}, for the {@code Allow}
     * header of a 405; empty when the contract has no such path.
     */
    public Set<String> methods(String pathBelowV1) {
        return methodsByPath.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(pathBelowV1).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Set.of());
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** Whether the operation (by its {@code operationId}) declares the request header {@code name}. */
    public boolean declaresHeader(String operationId, String name) {
        return headersByOperation.getOrDefault(operationId, Set.of()).contains(name);
    }

    /** The roles the contract's {@code x-rollen} allows for the operation (by its {@code operationId}). */
    public List<String> roles(String operationId) {
        return rolesByOperation.getOrDefault(operationId, List.of());
    }

    /** The full semver version in {@code info.version}. */
    public String version() {
        return version;
    }

    /** The contract as JSON, converted from the YAML source without any other change. */
    public byte[] json() {
        return json.clone();
    }
}
