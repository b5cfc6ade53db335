package nl.vraagwijzer.shared.ports;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Support plans as other features (the household view) refer to them. */
public interface Ondersteuningsplannen {

    /** The household's plan, if it has one. */
    Optional<UUID> vanHuishouden(UUID huishoudenId);

    /** Which of these households have a plan (and so a coordinator). */
    Set<UUID> metPlan(Collection<UUID> huishoudenIds);
}
