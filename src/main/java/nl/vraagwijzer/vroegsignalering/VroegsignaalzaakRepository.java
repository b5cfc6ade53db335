package nl.vraagwijzer.vroegsignalering;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

    /** What the work list asks for: a wijk, a signaalpartner type, past or within the term; null for any. */
    record Filter(String wijk, String soort, Boolean termijnVerlopen, LocalDate vandaag) {}

    /** The team's open cases, crisis first, then by term (index vroegsignaalzaak_werklijst). */
    PageResult<Vroegsignaalzaak> werklijst(String team, Filter filter, PageRequest page) {
        StringBuilder waar =
                new StringBuilder("from Vroegsignaalzaak z where z.team = :team and z.eindresultaat is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("team", team);
        if (filter.wijk() != null) {
            waar.append(" and z.wijk = :wijk");
            parameters.put("wijk", filter.wijk());
        }
        if (filter.soort() != null) {
            waar.append(
                    " and exists (select 1 from Vroegsignaal s where s.zaakId = z.id and s.signaalpartner = :soort)");
            parameters.put("soort", filter.soort());
        }
        if (filter.termijnVerlopen() != null) {
            waar.append(
                    filter.termijnVerlopen() ? " and z.termijnDatum < :vandaag" : " and z.termijnDatum >= :vandaag");
            parameters.put("vandaag", filter.vandaag());
        }
        PanacheQuery<Vroegsignaalzaak> query = find(waar + " order by z.crisis desc, z.termijnDatum, z.id", parameters);
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }
}
