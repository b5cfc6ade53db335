package nl.vraagwijzer.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Finds which parameter of a request carried a value, so a problem can name it. */
final class ParameterNames {

    private ParameterNames() {}

    static String holding(String value, UriInfo uri, HttpHeaders headers) {
        return find(uri.getPathParameters(), value)
                .or(() -> find(uri.getQueryParameters(), value))
                .or(() -> find(headers.getRequestHeaders(), value))
                .orElse("parameter");
    }

    private static Optional<String> find(MultivaluedMap<String, String> parameters, String value) {
        // sorted, so that the answer does not depend on hash order when two parameters share a value
        return new TreeMap<>(parameters)
                .entrySet().stream()
                        .filter(entry -> entry.getValue().contains(value))
                        .map(Map.Entry::getKey)
                        .findFirst();
    }
}
