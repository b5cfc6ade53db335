package nl.vraagwijzer.socialekaart;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;

@ApplicationScoped
public class DienstRepository implements PanacheRepositoryBase<Dienst, UUID> {

    /** One page of services, sorted by naam then id (index dienst_naam_id). */
    public PageResult<Dienst> zoek(DienstFilter filter, PageRequest page) {
        Conditions conditions = servesConditions(filter.leefgebied(), filter.wijk(), filter.gemeente())
                .and("lower(d.naam) like :naam escape '\\'", "naam", Conditions.containsPattern(filter.naam()))
                .and("d.organisatieId = :organisatieId", "organisatieId", filter.organisatieId());
        PanacheQuery<Dienst> query =
                find("from Dienst d where " + conditions.where() + " order by d.naam, d.id", conditions.parameters());
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }

    public java.util.List<Dienst> vanOrganisatie(UUID organisatieId) {
        return list("organisatieId", organisatieId);
    }

    public boolean bestaatVoorOrganisatie(UUID organisatieId) {
        return count("organisatieId", organisatieId) > 0;
    }

    /**
     * Conditions on a service aliased {@code d}: it serves the leefgebied, the gemeente, and the wijk
     * either by name or because it covers the whole of a gemeente (no wijk of it listed).
     */
    static Conditions servesConditions(String leefgebied, String wijk, String gemeente) {
        Conditions conditions = new Conditions()
                .and("array_contains(d.leefgebieden, :leefgebied)", "leefgebied", leefgebied)
                .and("array_contains(d.gemeenten, :gemeente)", "gemeente", gemeente);
        if (wijk != null && gemeente != null) {
            // exact: the wijk of that gemeente, or the whole gemeente
            return conditions.and(
                    "(array_contains(d.werkgebied, :gemeente) or array_contains(d.werkgebied, :gemeenteWijk))",
                    "gemeenteWijk",
                    Werkgebied.wijk(gemeente, wijk));
        }
        return conditions.and("(array_contains(d.wijken, :wijk) or array_length(d.wijken) = 0)", "wijk", wijk);
    }
}
