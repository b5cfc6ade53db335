package nl.vraagwijzer.gebeurtenissen;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class AfleveringRepository implements PanacheRepositoryBase<Aflevering, Long> {

    public PageResult<Aflevering> vanAbonnement(UUID abonnementId, PageRequest page) {
        PanacheQuery<Aflevering> query = find("abonnementId = ?1 order by id desc", abonnementId);
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
