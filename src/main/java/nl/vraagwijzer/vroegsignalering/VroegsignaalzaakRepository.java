package nl.vraagwijzer.vroegsignalering;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class VroegsignaalzaakRepository implements PanacheRepositoryBase<Vroegsignaalzaak, UUID> {

    /**
     * The resident's open case whose matching period holds {@code signaaldatum} (index
     * vroegsignaalzaak_inwoner), after taking the resident's lock: two signals about one resident
     * at once match into one case, never two.
     */
    Optional<Vroegsignaalzaak> openVoor(UUID inwonerId, LocalDate signaaldatum) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('vroegsignaalzaak:' || :inwoner, 0))")
                .setParameter("inwoner", inwonerId.toString())
                .getSingleResult();
        return find(
                        "inwonerId = ?1 and eindresultaat is null and startMatchingperiode <= ?2"
                                + " and eindeMatchingperiode >= ?2 order by aangemaaktOp",
                        inwonerId,
                        signaaldatum)
                .firstResultOptional();
    }

    /** The team's open cases, crisis first, then by term (index vroegsignaalzaak_werklijst). */
    PageResult<Vroegsignaalzaak> werklijst(String team, PageRequest page) {
        PanacheQuery<Vroegsignaalzaak> query =
                find("team = ?1 and eindresultaat is null order by crisis desc, termijnDatum, id", team);
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
