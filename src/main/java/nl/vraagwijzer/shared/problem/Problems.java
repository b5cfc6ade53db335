package nl.vraagwijzer.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.api.model.ProbleemDto;
import nl.vraagwijzer.shared.invoer.Invoerregels;

/**
 * Builds RFC 9457 problem responses. Only the five standard members are used: the NL API Design
 * Rules allow no others, so invalid fields are named in {@code detail} (docs/adr/0003).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ongeldige invoer"),
            Map.entry(401, "Niet geauthenticeerd"),
            Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Niet acceptabel"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Versie verouderd"),
            Map.entry(413, "Request te groot"),
            Map.entry(415, "Mediatype niet ondersteund"),
            Map.entry(422, "Verzoek past niet bij de sleutel"),
            Map.entry(428, "Versie vereist"),
            Map.entry(429, "Te veel requests"),
            Map.entry(500, "Interne fout"),
            Map.entry(503, "Niet beschikbaar"));

    /** The detail for a path no resource serves. */
    public static final String NO_RESOURCE = "Er is geen resource op dit pad.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** The fixed title for a status; the same status always has the same title. */
    public static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Fout";
    }

    public static ProbleemDto body(int status, String detail, String instance) {
        return new ProbleemDto()
                .type("about:blank")
                .title(title(status))
                .status(status)
                .detail(detail)
                .instance(instance);
    }

    /** The problem as a JSON string, for answers written below the REST layer. */
    public static String json(int status, String detail, String instance) {
        try {
            return JSON.writeValueAsString(body(status, detail, instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
    }

    public static Response response(int status, String detail, String instance) {
        Response.ResponseBuilder builder =
                Response.status(status).type(MEDIA_TYPE).entity(body(status, detail, instance));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    /** What a value of this type looks like, in the contract's terms, for "verwacht ..." in a detail. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "een andere waarde";
        }
        if (type.isEnum()) {
            return "een van "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "een getal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true of false";
        }
        if (type == String.class) {
            return "tekst";
        }
        if (type == UUID.class) {
            return "een UUID";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "een lijst";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return Invoerregels.DATUM_VERWACHT;
        }
        return "een object";
    }
}
