package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class AbonnementRepository implements PanacheRepositoryBase<Abonnement, UUID> {

    public PageResult<Abonnement> vanOrganisatie(UUID organisatieId, PageRequest page) {
        PanacheQuery<Abonnement> query = find("organisatieId = ?1 order by aangemaaktOp, id", organisatieId);
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }

    /**
     * Active subscriptions due for delivery, locked for this transaction; rows another instance is
     * delivering are skipped, so no event goes out twice at once.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> teBezorgen(Instant nu, int maximaal) {
        return getEntityManager()
                .createNativeQuery(
                        "select id from abonnement where actief and (volgende_poging is null or"
                                + " volgende_poging <= :nu) order by volgende_poging nulls first limit :max for update skip locked",
                        UUID.class)
                .setParameter("nu", nu)
                .setParameter("max", maximaal)
                .getResultList();
    }
}
