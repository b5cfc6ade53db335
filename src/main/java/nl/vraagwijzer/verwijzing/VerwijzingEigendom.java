package nl.vraagwijzer.verwijzing;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.vraagwijzer.shared.persistence.TabelEigendom;

/** The gemeente and resident of a referral or a consent, for the refusal log of another gemeente. */
@Singleton
class VerwijzingEigendom extends TabelEigendom {

    VerwijzingEigendom(EntityManager entityManager) {
        super(
                entityManager,
                Map.of(
                        "Verwijzing", "select gemeente, inwoner_id from verwijzing where id = :id",
                        "Toestemming", "select gemeente, inwoner_id from toestemming where id = :id"));
    }
}
