package nl.vraagwijzer.shared.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Bean Validation property path such as {@code createDienst.dienstInvoerDto.adres.postcode}
 * into the name a client knows from the contract: {@code adres.postcode}. Query and header
 * parameters arrive as the fields of one {@code @BeanParam} object per operation
 * ({@code listHulpvragen.query.pageSize}): they keep their own name, a header the name the client
 * sends; the request body itself is called "request body".
 */
final class FieldPaths {

    /** Header parameters under the name the client sends, not the Java name. */
    private static final java.util.Map<String, String> HEADERS = java.util.Map.of(
            "idempotencyKey",
            "Idempotency-Key",
            "ifMatch",
            "If-Match",
            "xDoelbinding",
            "X-Doelbinding",
            "xDoorbraakReden",
            "X-Doorbraak-Reden",
            "xGemeente",
            "X-Gemeente");

    private FieldPaths() {}

    static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static String of(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            switch (node.getKind()) {
                case PARAMETER -> {
                    // a parameter with a path after it is the body or the parameter object: not a name
                    // the client knows; a path parameter ends the path under its own name
                    if (last) {
                        name.append(node.getName().endsWith("Dto") ? "request body" : node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> appendIndex(name, node);
                case PROPERTY, BEAN -> {
                    if (node.isInIterable()) {
                        appendIndex(name, node);
                    }
                    if (node.getName() != null) {
                        if (!name.isEmpty()) {
                            name.append('.');
                        }
                        boolean parameter = i > 0 && nodes.get(i - 1).getKind() == ElementKind.PARAMETER;
                        name.append(parameter ? HEADERS.getOrDefault(node.getName(), node.getName()) : node.getName());
                    }
                }
                default -> {
                    // method, constructor, return value: not part of what the client sent
                }
            }
        }
        return name.isEmpty() ? "request body" : name.toString();
    }

    private static void appendIndex(StringBuilder name, Path.Node node) {
        name.append('[');
        if (node.getIndex() != null) {
            name.append(node.getIndex());
        } else if (node.getKey() != null) {
            name.append(node.getKey());
        }
        name.append(']');
    }
}
