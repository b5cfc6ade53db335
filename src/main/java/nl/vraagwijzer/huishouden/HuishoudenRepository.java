package nl.vraagwijzer.huishouden;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HuishoudenRepository implements PanacheRepositoryBase<Huishouden, UUID> {

    /** The household the resident lives in now (index huishoudlid_een_huishouden). */
    Optional<Huishouden> vanInwoner(UUID inwonerId) {
        return find(
                        "select h from Huishouden h where h.id = (select l.huishoudenId from Huishoudlid l"
                                + " where l.inwonerId = ?1 and l.tot is null)",
                        inwonerId)
                .firstResultOptional();
    }

    /** The households these residents live in now, oldest first (index huishoudlid_een_huishouden). */
    List<Huishouden> vanInwoners(Collection<UUID> inwonerIds) {
        if (inwonerIds.isEmpty()) {
            return List.of();
        }
        return list(
                "id in (select l.huishoudenId from Huishoudlid l where l.inwonerId in ?1 and l.tot is null)"
                        + " order by aangemaaktOp, id",
                inwonerIds);
    }

    /** Whether any of these residents lives in a household now. */
    Optional<UUID> alIngedeeld(Collection<UUID> inwonerIds) {
        return getEntityManager()
                .createQuery(
                        "select l.inwonerId from Huishoudlid l where l.inwonerId in :inwoners and l.tot is null",
                        UUID.class)
                .setParameter("inwoners", inwonerIds)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
