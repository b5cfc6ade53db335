package nl.vraagwijzer.shared.ports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.adres.Adres;

/**
 * The front door's intake for what partners push: residents referred (a question at once), and
 * the residents of early signals (a question only once help is accepted).
 */
public interface Aanmelden {

    /** A resident as a partner describes them. */
    record Inwonergegevens(
            String voornamen,
            String achternaam,
            LocalDate geboortedatum,
            String bsn,
            Adres adres,
            String telefoonnummer,
            String emailadres,
            String voorkeurstaal) {}

    /**
     * Registers a question with kanaal partner for the intake team of {@code gemeente}, in the
     * caller's transaction. A BSN known in that gemeente links to its resident; otherwise the
     * resident is registered there.
     *
     * @return the question's id
     */
    UUID meldAan(
            String gemeente,
            Inwonergegevens inwoner,
            String omschrijving,
            List<String> leefgebieden,
            String wettelijkKader);

    /**
     * The resident of {@code gemeente} a partner describes, in the caller's transaction: the one
     * with that BSN there, or a new one registered there. @return the resident's id
     */
    UUID inwoner(String gemeente, Inwonergegevens inwoner);

    /**
     * Registers a question for a resident already known (kanaal partner, the intake team of
     * {@code gemeente}), in the caller's transaction. @return the question's id
     */
    UUID meldAan(
            String gemeente, UUID inwonerId, String omschrijving, List<String> leefgebieden, String wettelijkKader);

    /** The team that takes up what partners push in {@code gemeente}. */
    String intakeTeam(String gemeente);

    /** The resident's open question under the debt-help act, if they have one. */
    Optional<UUID> openSchuldhulpvraag(UUID inwonerId);
}
