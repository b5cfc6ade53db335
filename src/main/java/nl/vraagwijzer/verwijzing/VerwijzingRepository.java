package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.BegrensdeTelling;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class VerwijzingRepository implements PanacheRepositoryBase<Verwijzing, UUID> {

    /** The list's only order: newest first, ties by id (the indexes of V14 are in this order). */
    private static final String VOLGORDE = " order by v.verzondenOp desc, v.id desc";

    /** The sort key a cursor of this list carries. */
    static final String CURSOR_SLEUTEL = "-verzondenOp";

    /**
     * Exactly one of {@code organisatieId} (a partner's own work, index verwijzing_gemeente_organisatie
     * for one gemeente, verwijzing_organisatie across gemeenten) and {@code team} (a team's referrals in
     * its gemeente, index verwijzing_gemeente_team) is given.
     */
    public record Filter(
            String gemeente,
            UUID organisatieId,
            String team,
            String status,
            Boolean reactietermijnVerlopen,
            LocalDate vandaag) {

        Conditions voorwaarden() {
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
            return conditions;
        }
    }

    /** One numbered page, with its total counted to a bound (an index-only count since V14). */
    public PageResult<Verwijzing> zoek(Filter filter, PageRequest page) {
        Conditions conditions = filter.voorwaarden();
        String vanWaar = "from Verwijzing v where " + conditions.where();
        return BegrensdeTelling.pagina(
                getEntityManager(),
                Verwijzing.class,
                vanWaar,
                VOLGORDE,
                conditions.parameters().map(),
                page);
    }

    /** The rows after a cursor (from the first with {@code null}), without counting: each page costs the same. */
    public List<Verwijzing> zoekNa(Filter filter, Cursor cursor, int aantal) {
        Conditions conditions = filter.voorwaarden();
        String where = conditions.where();
        Parameters parameters = conditions.parameters();
        if (cursor != null) {
            // one row comparison, as for the questions (HulpvraagSortering.Richting.na)
            where += " and (v.verzondenOp, v.id) < (:cursorWaarde, :cursorId)";
            parameters.and("cursorWaarde", cursor.waarde(Instant::parse)).and("cursorId", cursor.id());
        }
        return find("from Verwijzing v where " + where + VOLGORDE, parameters)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, aantal)
                .list();
    }

    /** The cursor that continues after {@code laatste}. */
    static Cursor cursorNa(Verwijzing laatste) {
        return new Cursor(CURSOR_SLEUTEL, laatste.verzondenOp().toString(), laatste.id());
    }
}
