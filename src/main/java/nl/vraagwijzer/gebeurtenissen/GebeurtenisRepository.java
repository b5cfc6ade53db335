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
     * (a partner's stream runs across gemeenten); an event of the gemeente only has none.
     */
    public void schrijf(Gebeurtenis gebeurtenis) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(" + SCHRIJFVOLGORDE + ")")
                .getSingleResult();
        if (gebeurtenis.stroom() != null) {
            gebeurtenis.stroomreeks(((Number) getEntityManager()
                            .createNativeQuery("insert into gebeurtenisstroom (stroom, eigenaar, laatste)"
                                    + " values (:stroom, :eigenaar, 1) on conflict (stroom, eigenaar)"
                                    + " do update set laatste = gebeurtenisstroom.laatste + 1 returning laatste")
                            .setParameter("stroom", gebeurtenis.stroom())
                            .setParameter("eigenaar", gebeurtenis.stroomeigenaar())
                            .getSingleResult())
                    .longValue());
            persist(gebeurtenis);
            return;
        }
        if (gebeurtenis.organisatieId() == null) {
            persist(gebeurtenis);
            return;
        }
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
        return laatste(Abonnee.partner(organisatieId));
    }

    /** The number of the latest event a subscriber receives (of its types or not), 0 when there is none. */
    long laatste(Abonnee abonnee) {
        Long laatste = getEntityManager()
                .createQuery("select max(g.volgnummer) from Gebeurtenis g where " + van(abonnee), Long.class)
                .setParameter("abonnee", sleutel(abonnee))
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
     * The events of {@code eigenaar}'s {@code stroom} after its position {@code vanaf}, in order
     * (index gebeurtenis_stroomreeks).
     */
    List<Gebeurtenis> inStroom(Gebeurtenisstroom stroom, String eigenaar, long vanaf, int aantal) {
        return find(
                        "stroom = ?1 and stroomeigenaar = ?2 and stroomreeks > ?3 order by stroomreeks",
                        stroom.code(),
                        eigenaar,
                        vanaf)
                .page(0, aantal)
                .list();
    }

    /**
     * The events a subscription asked for after volgnummer {@code vanaf}, in order: its
     * subscriber's (index gebeurtenis_organisatie or gebeurtenis_gemeente), of the given types (all
     * when empty), about one subject (any when null).
     */
    List<Gebeurtenis> voor(Abonnee abonnee, List<String> typen, UUID onderwerp, long vanaf, int aantal) {
        TypedQuery<Gebeurtenis> query = getEntityManager()
                .createQuery(
                        "from Gebeurtenis g where " + van(abonnee) + " and g.volgnummer > :vanaf"
                                + (typen.isEmpty() ? "" : " and g.type in :typen")
                                + (onderwerp == null ? "" : " and g.onderwerp = :onderwerp")
                                + " order by g.volgnummer",
                        Gebeurtenis.class)
                .setParameter("abonnee", sleutel(abonnee))
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

    /** Whether the subscriber had an event about {@code onderwerp}: the objects it may follow. */
    boolean kent(Abonnee abonnee, UUID onderwerp) {
        return getEntityManager()
                        .createQuery(
                                "select count(g) from Gebeurtenis g where " + van(abonnee)
                                        + " and g.onderwerp = :onderwerp",
                                Long.class)
                        .setParameter("abonnee", sleutel(abonnee))
                        .setParameter("onderwerp", onderwerp)
                        .getSingleResult()
                > 0;
    }

    /**
     * The events a subscriber receives: its organisation's, or its gemeente's but for the streams
     * of their own (ADR 0023), which are read, not subscribed to.
     */
    private static String van(Abonnee abonnee) {
        return abonnee.isPartner() ? "g.organisatieId = :abonnee" : "g.gemeente = :abonnee and g.stroom is null";
    }

    private static Object sleutel(Abonnee abonnee) {
        return abonnee.isPartner() ? abonnee.organisatie() : abonnee.gemeente();
    }
}
