package nl.vraagwijzer.vroegsignalering;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.vraagwijzer.shared.persistence.TabelEigendom;

/** The gemeente and resident of a case, for the refusal log of another gemeente. */
@Singleton
class VroegsignaleringEigendom extends TabelEigendom {

    VroegsignaleringEigendom(EntityManager entityManager) {
        super(
                entityManager,
                Map.of("Vroegsignaalzaak", "select gemeente, inwoner_id from vroegsignaalzaak where id = :id"));
    }
}
