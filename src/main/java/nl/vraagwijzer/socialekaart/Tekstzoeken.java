package nl.vraagwijzer.socialekaart;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;
import org.hibernate.jpa.HibernateHints;

/**
 * The directory's search (V15, ADR 0015), for services and organisations alike: Dutch full text
 * over the indexed vector, ranked; when the text matches nothing at all, the names most like the
 * words typed (trigrams, for typos). The vector expression here is exactly the indexed one, so
 * PostgreSQL answers from the GIN index.
 *
 * @param bron the entity and its alias, such as {@code from Dienst d}
 * @param vector the indexed text-search function, its arguments as {@code ?}
 * @param kolommen the entity's paths for those arguments
 * @param naam the name's path, for the trigram fallback on {@code lower(naam)} (its GIN index)
 * @param volgorde the list's own order after relevance: the name, then the id
 */
record Tekstzoeken(String bron, String vector, String kolommen, String naam, String volgorde) {

    static final Tekstzoeken DIENSTEN = new Tekstzoeken(
            "from Dienst d",
            "dienst_zoektekst(?, ?, ?, ?)",
            "d.naam, d.trefwoorden, d.doelgroepen, d.omschrijving",
            "d.naam",
            "d.naam, d.id");
    static final Tekstzoeken ORGANISATIES = new Tekstzoeken(
            "from Organisatie o", "organisatie_zoektekst(?, ?)", "o.naam, o.omschrijving", "o.naam", "o.naam, o.id");

    /**
     * One page: without {@code q} in the list's order, with it the best match first.
     *
     * @param filters the filters' conditions, made anew for each query this may run
     * @param eerst order terms before relevance (a postcode's own wijk first), may be empty
     */
    <T> PageResult<T> zoek(
            PanacheRepositoryBase<T, UUID> repository,
            Supplier<Conditions> filters,
            String q,
            List<String> eerst,
            PageRequest page) {
        if (q == null) {
            return pagina(repository, filters.get(), volg(eerst, volgorde), page);
        }
        // sql(): the text-search operators and functions as PostgreSQL writes them, over the mapped columns
        // sql() is untyped and HQL wants a boolean predicate: cast and compared with true, which PostgreSQL folds away
        String tekst =
                "cast(sql('(" + vector + " @@ vraagwijzer_zoekvraag(?))', " + kolommen + ", :q) as Boolean) = true";
        String rang = "sql('ts_rank(" + vector + ", vraagwijzer_zoekvraag(?))', " + kolommen + ", :q) desc";
        PageResult<T> treffers =
                pagina(repository, filters.get().and(tekst, "q", q), volg(eerst, rang + ", " + volgorde), page);
        if (treffers.total() > 0) {
            return treffers;
        }
        String lijkt = q.toLowerCase(Locale.ROOT);
        return pagina(
                repository,
                filters.get()
                        .and("cast(sql('(? <% lower(?))', :lijkt, " + naam + ") as Boolean) = true", "lijkt", lijkt),
                volg(eerst, "sql('word_similarity(?, lower(?))', :lijkt, " + naam + ") desc, " + volgorde),
                page);
    }

    private <T> PageResult<T> pagina(
            PanacheRepositoryBase<T, UUID> repository, Conditions conditions, String orde, PageRequest page) {
        // read-only, as the other lists: no snapshots of the rows (the opening times' JSON included)
        PanacheQuery<T> query = repository
                .find(bron + " where " + conditions.where() + " order by " + orde, conditions.parameters())
                .withHint(HibernateHints.HINT_READ_ONLY, true);
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }

    private static String volg(List<String> eerst, String daarna) {
        List<String> termen = new ArrayList<>(eerst);
        termen.add(daarna);
        return String.join(", ", termen);
    }
}
