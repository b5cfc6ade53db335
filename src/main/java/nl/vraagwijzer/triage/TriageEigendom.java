package nl.vraagwijzer.triage;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.vraagwijzer.shared.persistence.TabelEigendom;

/** The gemeente and resident of a triage, for the refusal log of another gemeente. */
@Singleton
class TriageEigendom extends TabelEigendom {

    TriageEigendom(EntityManager entityManager) {
        super(entityManager, Map.of("Triage", "select gemeente, inwoner_id from triage where id = :id"));
    }
}
