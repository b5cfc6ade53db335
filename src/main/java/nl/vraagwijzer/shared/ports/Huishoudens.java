package nl.vraagwijzer.shared.ports;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Households as other features (the support plan) see them: who lives there now. */
public interface Huishoudens {

    /** The residents living in the household now; empty when it is unknown in this gemeente. */
    Optional<Set<UUID>> leden(UUID huishoudenId);

    /** The household the resident lives in now, if any. */
    Optional<UUID> vanInwoner(UUID inwonerId);
}
