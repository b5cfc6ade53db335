package nl.vraagwijzer.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * The total of a numbered page of a list that can grow with the work behind it (a partner's
 * referrals, a team's open questions, the access log): counted exactly up to {@link #GRENS} rows, or
 * up to the end of the page asked when that lies deeper, and beyond that only known to be more. A
 * count of every row grew with the list (a partner with 27,000 open referrals: 16 ms of PostgreSQL per
 * page, for a number nobody pages through); counting to a bound costs the same whatever lies behind
 * it, and a deep page costs what its offset costs anyway. ADR 0025.
 */
public final class BegrensdeTelling {

    /** Counted exactly up to this many rows: fifty pages of twenty. */
    public static final int GRENS = 1000;

    private BegrensdeTelling() {}

    /**
     * The page {@code page} of the entities {@code soort} that {@code vanWaar} selects ({@code from Entity
     * alias where ...}) in the list's order {@code volgorde} ({@code order by ...}), read-only, with its
     * total counted to the bound. The count has the same conditions and order: a limit in a subquery
     * needs an order, and with it the count walks the list's own index as the page does.
     */
    public static <T> PageResult<T> pagina(
            EntityManager em,
            Class<T> soort,
            String vanWaar,
            String volgorde,
            Map<String, Object> parameters,
            PageRequest page) {
        TypedQuery<T> rijen = em.createQuery(vanWaar + volgorde, soort)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(page.index() * page.pageSize())
                .setMaxResults(page.pageSize());
        parameters.forEach(rijen::setParameter);
        List<T> items = rijen.getResultList();
        long tot = Math.max(GRENS, (long) page.page() * page.pageSize());
        // a derived table with a limit: PostgreSQL stops reading at tot + 1 rows
        TypedQuery<Long> telling = em.createQuery(
                "select count(*) from (select 1 as een " + vanWaar + volgorde + " limit " + (tot + 1) + ") t",
                Long.class);
        parameters.forEach(telling::setParameter);
        long geteld = telling.getSingleResult();
        return geteld > tot ? new PageResult<>(items, tot, page, false) : new PageResult<>(items, geteld, page, true);
    }
}
