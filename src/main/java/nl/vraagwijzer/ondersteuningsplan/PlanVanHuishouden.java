package nl.vraagwijzer.ondersteuningsplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Ondersteuningsplannen;

/** Which plan a household has, for the household view (index ondersteuningsplan_huishouden). */
@ApplicationScoped
public class PlanVanHuishouden implements Ondersteuningsplannen {

    private final OndersteuningsplanRepository plannen;

    public PlanVanHuishouden(OndersteuningsplanRepository plannen) {
        this.plannen = plannen;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> vanHuishouden(UUID huishoudenId) {
        return plannen.find("huishoudenId", huishoudenId).firstResultOptional().map(Ondersteuningsplan::id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> metPlan(Collection<UUID> huishoudenIds) {
        if (huishoudenIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(plannen.getEntityManager()
                .createQuery(
                        "select p.huishoudenId from Ondersteuningsplan p where p.huishoudenId in :huishoudens",
                        UUID.class)
                .setParameter("huishoudens", huishoudenIds)
                .getResultList());
    }
}
