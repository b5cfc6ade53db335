package nl.vraagwijzer.shared.ports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The directory's services, as other features see them. */
public interface Diensten {

    /**
     * Services for a leefgebied that serve the wijk, best fit first: those naming the wijk before
     * municipality-wide ones, focused services (fewer leefgebieden) before broad ones, then by name.
     * Without a wijk, every service for the leefgebied.
     */
    List<DienstKandidaat> kandidaten(String leefgebied, String wijk, int maximaal);

    Optional<DienstKandidaat> dienst(UUID dienstId);

    boolean organisatieBestaat(UUID organisatieId);
}
