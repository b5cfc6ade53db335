package nl.vraagwijzer.shared.ports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The self-reliance (ZRM) the triage scored, as other features (the household view) see it. */
public interface Zelfredzaamheid {

    /** A resident's latest score on one leefgebied, from the question whose triage scored it. */
    record Stand(UUID inwonerId, UUID hulpvraagId, String leefgebied, int score, LocalDate datum) {}

    /** Per resident and leefgebied the latest score in the triages of these questions. */
    List<Stand> laatste(Collection<UUID> hulpvraagIds);
}
