package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;

@ApplicationScoped
public class VerwijzingRepository implements PanacheRepositoryBase<Verwijzing, UUID> {

    /**
     * Newest first. Exactly one of {@code organisatieId} (a partner's own work, index
     * verwijzing_gemeente_organisatie for one gemeente, verwijzing_organisatie across gemeenten) and
     * {@code team} (a team's referrals in its gemeente, index verwijzing_gemeente_team) is given.
     */
    public PageResult<Verwijzing> zoek(
            String gemeente,
            UUID organisatieId,
            String team,
            String status,
            Boolean reactietermijnVerlopen,
            LocalDate vandaag,
            PageRequest page) {
        Conditions conditions = new Conditions()
                .and("v.gemeente = :gemeente", "gemeente", gemeente)
                .and("v.organisatieId = :organisatieId", "organisatieId", organisatieId)
                .and("v.team = :team", "team", team)
                .and("v.status = :status", "status", status);
        if (Boolean.TRUE.equals(reactietermijnVerlopen)) {
            conditions.and("v.status = 'verzonden'").and("v.reactieDatum < :vandaag", "vandaag", vandaag);
        } else if (Boolean.FALSE.equals(reactietermijnVerlopen)) {
            conditions.and("(v.status <> 'verzonden' or v.reactieDatum >= :vandaag)", "vandaag", vandaag);
        }
        PanacheQuery<Verwijzing> query = find(
                "from Verwijzing v where " + conditions.where() + " order by v.verzondenOp desc, v.id desc",
                conditions.parameters());
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
