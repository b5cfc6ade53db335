package nl.vraagwijzer.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;

@ApplicationScoped
public class LogboekRepository implements PanacheRepositoryBase<LogboekRegel, UUID> {

    /** Chronological (index logboek_tijdstip); by resident through the GIN index on inwoner_ids. */
    public PageResult<LogboekRegel> zoek(
            UUID inwonerId, String actie, String medewerker, Instant vanaf, Instant tot, PageRequest page) {
        Conditions conditions = new Conditions()
                .and("array_contains(l.inwonerIds, :inwonerId)", "inwonerId", inwonerId)
                .and("l.actie = :actie", "actie", actie)
                .and("l.medewerker = :medewerker", "medewerker", medewerker)
                .and("l.tijdstip >= :vanaf", "vanaf", vanaf)
                .and("l.tijdstip < :tot", "tot", tot);
        PanacheQuery<LogboekRegel> query = find(
                "from LogboekRegel l where " + conditions.where() + " order by l.tijdstip, l.id",
                conditions.parameters());
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
