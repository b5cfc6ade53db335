package nl.vraagwijzer.ondersteuningsplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OndersteuningsplanRepository implements PanacheRepositoryBase<Ondersteuningsplan, UUID> {

    /** Whether the household or resident has a plan (indexes ondersteuningsplan_huishouden, _inwoner). */
    boolean heeftPlan(UUID huishoudenId, UUID inwonerId) {
        return huishoudenId != null ? count("huishoudenId", huishoudenId) > 0 : count("inwonerId", inwonerId) > 0;
    }

    void legVast(Planwijziging wijziging) {
        getEntityManager().persist(wijziging);
    }

    /** Every version of the plan, oldest first (index planwijziging_plan). */
    List<Planwijziging> geschiedenis(UUID planId) {
        return getEntityManager()
                .createQuery(
                        "from Planwijziging w where w.planId = :plan order by w.versie, w.tijdstip",
                        Planwijziging.class)
                .setParameter("plan", planId)
                .getResultList();
    }
}
