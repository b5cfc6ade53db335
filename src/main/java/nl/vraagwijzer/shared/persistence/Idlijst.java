package nl.vraagwijzer.shared.persistence;

import java.util.Collection;
import java.util.UUID;

/**
 * A list of ids bound as one parameter, for {@code where x = any(cast(:ids as uuid[]))} in a native
 * statement: Hibernate parses such a statement once, where it translates an HQL query with {@code in ?1}
 * and a list anew on every call (ADR 0029).
 */
public final class Idlijst {

    /** The SQL condition's right-hand side, for a parameter named {@code ids}. */
    public static final String ALS_ARRAY = "any(cast(:ids as uuid[]))";

    private Idlijst() {}

    /** The ids, each once, as the array the condition takes. */
    public static UUID[] array(Collection<UUID> ids) {
        return ids.stream().distinct().toArray(UUID[]::new);
    }
}
