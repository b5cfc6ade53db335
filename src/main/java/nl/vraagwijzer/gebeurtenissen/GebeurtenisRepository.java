package nl.vraagwijzer.gebeurtenissen;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GebeurtenisRepository implements PanacheRepositoryBase<Gebeurtenis, Long> {

    /** Advisory lock key that orders event writes; see {@link #schrijf(Gebeurtenis)}. */
    private static final long SCHRIJFVOLGORDE = 7_513_001L;

    /**
     * Writes an event in the caller's transaction. Transactions that write events take one lock
     * until they commit, so volgnummers and each partner's reeks become visible in their own order:
     * a reader that continues after the last number it saw never skips an event that commits later
     * with a lower number. The reeks counter is one row per partner, outside row-level security
     * (a partner's stream runs across gemeenten).
     */
    public void schrijf(Gebeurtenis gebeurtenis) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(" + SCHRIJFVOLGORDE + ")")
                .getSingleResult();
        Number reeks = (Number) getEntityManager()
                .createNativeQuery("insert into gebeurtenisreeks (organisatie_id, laatste) values (:organisatie, 1)"
                        + " on conflict (organisatie_id) do update set laatste = gebeurtenisreeks.laatste + 1"
                        + " returning laatste")
                .setParameter("organisatie", gebeurtenis.organisatieId())
                .getSingleResult();
        gebeurtenis.reeks(reeks.longValue());
        persist(gebeurtenis);
    }

    /** The number of an organisation's latest event, 0 when there is none. */
    public long laatste(UUID organisatieId) {
        Long laatste = getEntityManager()
                .createQuery(
                        "select max(g.volgnummer) from Gebeurtenis g where g.organisatieId = :organisatie", Long.class)
                .setParameter("organisatie", organisatieId)
                .getSingleResult();
        return laatste == null ? 0 : laatste;
    }

    /** An organisation's events after volgnummer {@code vanaf}, in order (index gebeurtenis_organisatie). */
    public List<Gebeurtenis> na(UUID organisatieId, long vanaf, int aantal) {
        return find("organisatieId = ?1 and volgnummer > ?2 order by volgnummer", organisatieId, vanaf)
                .page(0, aantal)
                .list();
    }

    /** An organisation's events after its stream position {@code vanaf}, in order (index gebeurtenis_reeks). */
    public List<Gebeurtenis> naReeks(UUID organisatieId, long vanaf, int aantal) {
        return find("organisatieId = ?1 and reeks > ?2 order by reeks", organisatieId, vanaf)
                .page(0, aantal)
                .list();
    }

    /**
     * The events a subscription asked for after volgnummer {@code vanaf}, in order: its
     * organisation's, of the given types (all when empty), about one subject (any when null).
     */
    public List<Gebeurtenis> voor(UUID organisatieId, List<String> typen, UUID onderwerp, long vanaf, int aantal) {
        TypedQuery<Gebeurtenis> query = getEntityManager()
                .createQuery(
                        "from Gebeurtenis g where g.organisatieId = :organisatie and g.volgnummer > :vanaf"
                                + (typen.isEmpty() ? "" : " and g.type in :typen")
                                + (onderwerp == null ? "" : " and g.onderwerp = :onderwerp")
                                + " order by g.volgnummer",
                        Gebeurtenis.class)
                .setParameter("organisatie", organisatieId)
                .setParameter("vanaf", vanaf)
                .setMaxResults(aantal);
        if (!typen.isEmpty()) {
            query.setParameter("typen", typen);
        }
        if (onderwerp != null) {
            query.setParameter("onderwerp", onderwerp);
        }
        return query.getResultList();
    }

    /** Whether the organisation had an event about {@code onderwerp}: the objects it may follow. */
    public boolean kent(UUID organisatieId, UUID onderwerp) {
        return count("organisatieId = ?1 and onderwerp = ?2", organisatieId, onderwerp) > 0;
    }
}
