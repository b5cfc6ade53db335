package nl.vraagwijzer.shared.ports;

import java.util.Optional;
import java.util.UUID;

/** Support plans as other features (the household view) refer to them. */
public interface Ondersteuningsplannen {

    /** The household's plan, if it has one. */
    Optional<UUID> vanHuishouden(UUID huishoudenId);
}
