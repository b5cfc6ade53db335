package nl.vraagwijzer.gebeurtenissen;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class AbonnementRepository implements PanacheRepositoryBase<Abonnement, UUID> {

    /**
     * A subscriber's own subscriptions (index abonnement_organisatie or abonnement_gemeente), with
     * one status only when given.
     */
    PageResult<Abonnement> van(Abonnee abonnee, String status, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String waar;
        if (abonnee.isPartner()) {
            waar = "organisatieId = :organisatie";
            parameters.put("organisatie", abonnee.organisatie());
        } else {
            waar = "gemeente = :gemeente and systeem = :systeem";
            parameters.put("gemeente", abonnee.gemeente());
            parameters.put("systeem", abonnee.systeem());
        }
        if (status != null) {
            waar += " and status = :status";
            parameters.put("status", status);
        }
        return pagina(find(waar + " order by aangemaaktOp, id", parameters), page);
    }

    /**
     * Every subscription of one kind, for the functional admin: the suspended ones through the
     * partial index abonnement_opgeschort.
     */
    PageResult<Abonnement> alle(Abonnee.Soort soort, String status, PageRequest page) {
        String waar = soort == Abonnee.Soort.PARTNER ? "organisatieId is not null" : "gemeente is not null";
        PanacheQuery<Abonnement> query = status == null
                ? find(waar + " order by aangemaaktOp, id")
                : find(waar + " and status = ?1 order by aangemaaktOp, id", status);
        return pagina(query, page);
    }

    private static PageResult<Abonnement> pagina(PanacheQuery<Abonnement> query, PageRequest page) {
        return new PageResult<>(
                query.page(Page.of(page.index(), page.pageSize())).list(), query.count(), page);
    }

    /**
     * Claims up to {@code maximaal} active subscriptions due for delivery until {@code tot}: only
     * those with an event after their last delivered one (an index probe on
     * gebeurtenis_organisatie for a partner's, gebeurtenis_gemeente for a gemeente system's), so
     * that idle subscriptions never crowd out the ones with work. Rows another replica is claiming
     * right now are skipped, and a claimed one is not claimed again until its claim runs out, so no
     * event goes out twice at once. Call with the row-level-security bypass (a partner's events
     * come from every gemeente); commit right after.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claim(Instant nu, Instant tot, int maximaal) {
        return getEntityManager()
                .createNativeQuery(
                        "update abonnement set bezig_tot = :tot where id in (select a.id from abonnement a"
                                + " where a.status = 'actief'"
                                + " and (a.volgende_poging is null or a.volgende_poging <= :nu)"
                                + " and (a.bezig_tot is null or a.bezig_tot <= :nu)"
                                + " and (exists (select 1 from gebeurtenis g where g.organisatie_id = a.organisatie_id"
                                + " and g.volgnummer > a.laatst_afgeleverd)"
                                + " or exists (select 1 from gebeurtenis g where g.gemeente = a.gemeente"
                                + " and g.volgnummer > a.laatst_afgeleverd))"
                                + " order by a.volgende_poging nulls first limit :max for update of a skip locked)"
                                + " returning id",
                        UUID.class)
                .setParameter("nu", nu)
                .setParameter("tot", tot)
                .setParameter("max", maximaal)
                .getResultList();
    }

    /** Ends a claim once its round is over, so that the next round may start at once. */
    public void geefVrij(UUID id) {
        getEntityManager()
                .createNativeQuery("update abonnement set bezig_tot = null where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
