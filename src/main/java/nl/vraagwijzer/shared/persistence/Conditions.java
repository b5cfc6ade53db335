package nl.vraagwijzer.shared.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The where-clause of a filtered list query, built from the filters a client actually sent. Values
 * are always bound as parameters, never concatenated into the query.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (which names {@code :name}) when {@code value} is present. */
    public Conditions and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a clause without parameters (a literal condition). */
    public Conditions and(String clause) {
        clauses.add(clause);
        return this;
    }

    /**
     * Adds {@code exists (subquery and <inner conditions>)} when the inner conditions filter anything.
     * {@code subquery} is the correlated part, such as {@code from Dienst d where d.organisatieId = o.id}.
     */
    public Conditions andExists(String subquery, Conditions inner) {
        if (!inner.clauses.isEmpty()) {
            clauses.add("exists (" + subquery + " and " + inner.where() + ")");
            inner.parameters.map().forEach(parameters::and);
        }
        return this;
    }

    /** A case-insensitive "contains" pattern for {@code like ... escape '\'}; null stays null. */
    public static String containsPattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
