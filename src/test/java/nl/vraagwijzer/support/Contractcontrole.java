package nl.vraagwijzer.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every response a test receives through {@link Api} is checked against the contract (the bundle of
 * {@code openapi/openapi.yaml} with its paths and components that the build makes in
 * {@code target/openapi/openapi.yaml}, the same file the service serves and the generators read):
 * an undocumented status, a missing or undeclared content type, or a body that does not fit its
 * schema fails the test that received it, and so does a path or method the contract lacks.
 * Request bodies and parameters are not checked, because many tests send invalid input on purpose.
 */
public final class Contractcontrole {

    public static final Path CONTRACT = Path.of("target/openapi/openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(validator());

    /** {@code info.version} of the contract: what every response says in {@code API-Version}. */
    public static final String VERSIE = versie();

    private Contractcontrole() {}

    public static OpenApiValidationFilter filter() {
        return FILTER;
    }

    /** The contract as the tests read it: the bundle, parsed afresh. */
    public static ObjectNode bron() {
        return lees(CONTRACT);
    }

    /** A contract in YAML (this one, or a released one), parsed. */
    public static ObjectNode lees(Path pad) {
        try {
            return (ObjectNode) YAML.readTree(Files.readString(pad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versie() {
        return bron().path("info").path("version").asText();
    }

    static OpenApiInteractionValidator validator() {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(CONTRACT))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            // but a path or method the contract does not have is an error
                            .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
