package nl.vraagwijzer.voordeur;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.vraagwijzer.shared.persistence.TabelEigendom;

/** The gemeente and resident of a resident or a question, for the refusal log of another gemeente. */
@Singleton
class VoordeurEigendom extends TabelEigendom {

    VoordeurEigendom(EntityManager entityManager) {
        super(
                entityManager,
                Map.of(
                        "Inwoner", "select gemeente, id from inwoner where id = :id",
                        "Hulpvraag", "select gemeente, inwoner_id from hulpvraag where id = :id"));
    }
}
