package nl.vraagwijzer.shared.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Eigendom;

/**
 * An {@link Eigendom} a feature declares with one query per kind of object it owns, each selecting
 * the gemeente and the resident of the row with {@code :id}.
 */
public abstract class TabelEigendom implements Eigendom {

    private final EntityManager entityManager;
    private final Map<String, String> queryPerSoort;

    protected TabelEigendom(EntityManager entityManager, Map<String, String> queryPerSoort) {
        this.entityManager = entityManager;
        this.queryPerSoort = Map.copyOf(queryPerSoort);
    }

    @Override
    public Set<String> soorten() {
        return queryPerSoort.keySet();
    }

    @Override
    public Optional<Eigenaar> eigenaar(String soort, UUID id) {
        String query = queryPerSoort.get(soort);
        if (query == null) {
            return Optional.empty();
        }
        List<?> rijen =
                entityManager.createNativeQuery(query).setParameter("id", id).getResultList();
        return rijen.stream()
                .findFirst()
                .map(rij -> (Object[]) rij)
                .map(rij -> new Eigenaar((String) rij[0], (UUID) rij[1]));
    }
}
