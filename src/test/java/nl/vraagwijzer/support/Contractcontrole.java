package nl.vraagwijzer.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every response a test receives through {@link Api} is checked against {@code openapi/openapi.yaml}:
 * an undocumented status, a missing or undeclared content type, or a body that does not fit its
 * schema fails the test that received it, and so does a path or method the contract lacks.
 * Request bodies and parameters are not checked, because many tests send invalid input on purpose.
 */
public final class Contractcontrole {

    static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(validator());

    /** {@code info.version} of the contract: what every response says in {@code API-Version}. */
    public static final String VERSIE = versie();

    private Contractcontrole() {}

    public static OpenApiValidationFilter filter() {
        return FILTER;
    }

    private static String versie() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Files.readString(CONTRACT))
                    .path("info")
                    .path("version")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
