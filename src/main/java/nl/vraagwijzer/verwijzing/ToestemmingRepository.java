package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.persistence.Idlijst;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class ToestemmingRepository implements PanacheRepositoryBase<Toestemming, UUID> {

    /**
     * The validity of these consents that the transaction sees, in one statement with the ids as one
     * array parameter, no entity loaded. Not {@code find("id in ?1", ids)}: Hibernate keeps no plan for a
     * query whose parameter is a list and translates it anew on every call, and the entities it loads
     * are not needed; on a partner's list page the two took a fifth of the service's CPU (issue 28,
     * docs/performance.md).
     */
    @SuppressWarnings("unchecked")
    List<Toestemming.Geldigheid> geldigheden(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = getEntityManager()
                .createNativeQuery(
                        "select id, datum, geldig_tot, ingetrokken_op from toestemming where id = " + Idlijst.ALS_ARRAY)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Toestemming.class)
                .addScalar("id", UUID.class)
                .addScalar("datum", LocalDate.class)
                .addScalar("geldig_tot", LocalDate.class)
                .addScalar("ingetrokken_op", Instant.class)
                .setParameter("ids", Idlijst.array(ids))
                .getResultList();
        return rijen.stream()
                .map(rij -> new Toestemming.Geldigheid(
                        (UUID) rij[0], (LocalDate) rij[1], (LocalDate) rij[2], (Instant) rij[3]))
                .toList();
    }
}
