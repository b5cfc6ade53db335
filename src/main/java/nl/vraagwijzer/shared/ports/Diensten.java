package nl.vraagwijzer.shared.ports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The directory's services, as other features see them. */
public interface Diensten {

    /**
     * Services for a leefgebied that serve the resident's gemeente and wijk, in the order of
     * "collectief waar mogelijk, individueel waar nodig": collective provisions with free access
     * first, then services stating free places, then those with a stated wait (shortest first),
     * then those without a current statement; within each, those naming the wijk before those
     * serving the whole gemeente, focused services (fewer leefgebieden) before broad ones, then by
     * name. Without a wijk, the services for the whole gemeente.
     */
    List<DienstKandidaat> kandidaten(String leefgebied, String gemeente, String wijk, int maximaal);

    Optional<DienstKandidaat> dienst(UUID dienstId);

    boolean organisatieBestaat(UUID organisatieId);

    /** The gemeenten an organisation serves; empty for an unknown organisation. */
    java.util.Set<String> gemeentenVanOrganisatie(UUID organisatieId);
}
