package nl.vraagwijzer.support;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A standard's JSON Schema kept on the test class path, loaded with format assertions on. */
final class JsonSchemas {

    private JsonSchemas() {}

    static JsonSchema laad(String pad, SpecVersion.VersionFlag versie) {
        try (InputStream bron = JsonSchemas.class.getResourceAsStream(pad)) {
            if (bron == null) {
                throw new IllegalStateException(pad + " is not on the test class path");
            }
            return JsonSchemaFactory.getInstance(versie)
                    .getSchema(
                            bron,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
