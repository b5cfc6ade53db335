package nl.vraagwijzer.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.BegrensdeTelling;
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
        String vanWaar = "from LogboekRegel l where " + conditions.where();
        String volgorde = " order by l.tijdstip, l.id";
        return BegrensdeTelling.pagina(
                getEntityManager(),
                LogboekRegel.class,
                vanWaar,
                volgorde,
                conditions.parameters().map(),
                page);
    }
}
