package nl.vraagwijzer.shared.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI contract from {@code openapi/openapi.yaml}, packaged in the jar. It is the single
 * source of the API version: the {@code API-Version} header and {@code /v1/openapi.json} both come
 * from here, so the service cannot announce a version its contract does not have.
 */
@ApplicationScoped
public class Contract {

    static final String LOCATION = "META-INF/openapi.yaml";

    private final byte[] json;
    private final String version;

    public Contract() {
        try (InputStream yaml = Thread.currentThread().getContextClassLoader().getResourceAsStream(LOCATION)) {
            if (yaml == null) {
                throw new IllegalStateException("The contract " + LOCATION + " is missing from the build");
            }
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            this.version = tree.path("info").path("version").asText();
            this.json = new ObjectMapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + LOCATION + " cannot be read", e);
        }
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
