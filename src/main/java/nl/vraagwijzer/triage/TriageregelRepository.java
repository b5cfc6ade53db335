package nl.vraagwijzer.triage;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class TriageregelRepository implements PanacheRepositoryBase<Triageregel, UUID> {

    public List<Triageregel> actief() {
        return list("actief = true order by naam, id");
    }

    public PageResult<Triageregel> pagina(PageRequest page) {
        PanacheQuery<Triageregel> query = find("order by naam, id");
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
