package nl.vraagwijzer.voordeur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vraagwijzer.shared.paging.BegrensdeTelling;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;
import nl.vraagwijzer.shared.time.Werkdagen;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class HulpvraagRepository implements PanacheRepositoryBase<Hulpvraag, UUID> {

    /**
     * Repeated literally so that PostgreSQL can use the partial indexes on open questions (V3):
     * a bound parameter would hide the predicate from the planner.
     */
    static final String OPEN = "h.status <> 'afgesloten'";

    private static final int FETCH_SIZE = 500;

    private final StatelessSession stateless;

    public HulpvraagRepository(StatelessSession stateless) {
        this.stateless = stateless;
    }

    public boolean heeftHulpvraagVanTeam(UUID inwonerId, String team) {
        return count("inwonerId = ?1 and team = ?2", inwonerId, team) > 0;
    }

    /** The resident's oldest question under one of {@code kaders} that is not closed (index hulpvraag_inwoner_status). */
    public Optional<UUID> openMetKader(UUID inwonerId, List<String> kaders) {
        return find(
                        "inwonerId = ?1 and wettelijkKader in ?2 and status <> 'afgesloten' order by registratieDatum",
                        inwonerId,
                        kaders)
                .firstResultOptional()
                .map(Hulpvraag::id);
    }

    public List<Hulpvraag> vanInwoner(UUID inwonerId) {
        return list("inwonerId = ?1 order by aangemaaktOp desc, id desc", inwonerId);
    }

    /** One numbered page, with its total counted to a bound. */
    public PageResult<Hulpvraag> zoek(
            String gemeente, HulpvraagZoekopdracht zoekopdracht, LocalDate vandaag, PageRequest page) {
        Conditions conditions = voorwaarden(gemeente, zoekopdracht, vandaag);
        String vanWaar = "from Hulpvraag h where " + conditions.where();
        String volgorde = " order by " + zoekopdracht.sortering().orderBy();
        return BegrensdeTelling.pagina(
                getEntityManager(),
                Hulpvraag.class,
                vanWaar,
                volgorde,
                conditions.parameters().map(),
                page);
    }

    /** The rows after a cursor, without counting: each page costs the same, however deep. */
    public List<Hulpvraag> zoekNa(
            String gemeente, HulpvraagZoekopdracht zoekopdracht, LocalDate vandaag, Cursor cursor, int aantal) {
        Conditions conditions = voorwaarden(gemeente, zoekopdracht, vandaag);
        String where = conditions.where();
        Parameters parameters = conditions.parameters();
        if (cursor != null) {
            where += " and " + zoekopdracht.sortering().na();
            parameters
                    .and("cursorWaarde", cursor.waarde(zoekopdracht.sortering()::parse))
                    .and("cursorId", cursor.id());
        }
        return find(
                        "from Hulpvraag h where " + where + " order by "
                                + zoekopdracht.sortering().orderBy(),
                        parameters)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, aantal)
                .list();
    }

    /**
     * Every matching row, one at a time from a server-side cursor, without a persistence context:
     * memory stays constant whatever the row count. Call inside a transaction.
     */
    public void stroom(
            String gemeente, HulpvraagZoekopdracht zoekopdracht, LocalDate vandaag, Consumer<Hulpvraag> verwerker) {
        Conditions conditions = voorwaarden(gemeente, zoekopdracht, vandaag);
        var query = stateless.createSelectionQuery(
                "from Hulpvraag h where " + conditions.where() + " order by "
                        + zoekopdracht.sortering().orderBy(),
                Hulpvraag.class);
        conditions.parameters().map().forEach(query::setParameter);
        query.setFetchSize(FETCH_SIZE);
        try (ScrollableResults<Hulpvraag> rijen = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rijen.next()) {
                verwerker.accept(rijen.get());
            }
        }
    }

    /**
     * The list's conditions. The gemeente leads every index of the list (and row-level security
     * would keep other gemeenten out anyway); naming it lets PostgreSQL use those indexes.
     */
    private static Conditions voorwaarden(String gemeente, HulpvraagZoekopdracht z, LocalDate vandaag) {
        Conditions conditions = new Conditions().and("h.gemeente = :gemeente", "gemeente", gemeente);
        if (HulpvraagZoekopdracht.OPEN.equals(z.status())) {
            conditions.and(OPEN);
        } else {
            conditions.and("h.status = :status", "status", z.status());
        }
        if (Boolean.TRUE.equals(z.termijnVerlopen())) {
            conditions.and(OPEN).and("h.termijnDatum < :vandaag", "vandaag", vandaag);
        } else if (Boolean.FALSE.equals(z.termijnVerlopen())) {
            conditions.and("(h.status = 'afgesloten' or h.termijnDatum >= :vandaag)", "vandaag", vandaag);
        }
        return conditions
                .and("h.team = :team", "team", z.team())
                .and("h.team = :eigenTeam", "eigenTeam", z.alleenTeam().orElse(null))
                .and(
                        "(h.vertrouwelijk = false or h.team = :vertrouwelijkTeam)",
                        "vertrouwelijkTeam",
                        z.vertrouwelijkAlleenVoorTeam().orElse(null))
                .and("h.medewerker = :medewerker", "medewerker", z.medewerker())
                .and("array_contains(h.leefgebieden, :leefgebied)", "leefgebied", z.leefgebied())
                .and("h.kanaal = :kanaal", "kanaal", z.kanaal())
                .and("h.wettelijkKader = :wettelijkKader", "wettelijkKader", z.wettelijkKader())
                .and("h.wijk = :wijk", "wijk", z.wijk())
                .and("h.termijnDatum < :termijnVoor", "termijnVoor", z.termijnVoor())
                .and("h.aangemaaktOp >= :vanaf", "vanaf", begin(z.aangemaaktVanaf()))
                .and("h.aangemaaktOp < :tot", "tot", begin(z.aangemaaktTot()));
    }

    private static java.time.Instant begin(LocalDate datum) {
        return datum == null ? null : Werkdagen.begin(datum);
    }
}
