package nl.vraagwijzer.shared.ports;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which gemeente, and which resident, an object of a feature belongs to. Row-level security hides
 * another gemeente's object as if it did not exist; to log such a refusal, the tenancy asks each
 * feature about the kinds of object it owns, in a transaction that sees every gemeente. A feature
 * with personal data implements this for its own tables, so no central list has to know them.
 */
public interface Eigendom {

    record Eigenaar(String gemeente, UUID inwoner) {}

    /** The kinds of object this feature owns, as {@code ApiProblem.notFound} names them. */
    Set<String> soorten();

    /**
     * The owner of object {@code id} of kind {@code soort} (as {@code ApiProblem.notFound} names it);
     * empty when this feature owns no such kind or no such object.
     */
    Optional<Eigenaar> eigenaar(String soort, UUID id);
}
