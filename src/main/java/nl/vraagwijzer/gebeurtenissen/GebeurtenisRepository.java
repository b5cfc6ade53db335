package nl.vraagwijzer.gebeurtenissen;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GebeurtenisRepository implements PanacheRepositoryBase<Gebeurtenis, Long> {

    /** Advisory lock key that orders event writes; see {@link #schrijf(Gebeurtenis)}. */
    private static final long SCHRIJFVOLGORDE = 7_513_001L;

    /**
     * Writes an event in the caller's transaction. Transactions that write events take one lock
     * until they commit, so volgnummers become visible in their own order: a reader that continues
     * after the last number it saw never skips an event that commits later with a lower number.
     */
    public void schrijf(Gebeurtenis gebeurtenis) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(" + SCHRIJFVOLGORDE + ")")
                .getSingleResult();
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

    /** An organisation's events after {@code vanaf}, in order (index gebeurtenis_organisatie). */
    public List<Gebeurtenis> na(UUID organisatieId, long vanaf, int aantal) {
        return find("organisatieId = ?1 and volgnummer > ?2 order by volgnummer", organisatieId, vanaf)
                .page(0, aantal)
                .list();
    }
}
