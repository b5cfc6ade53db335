package nl.vraagwijzer.shared.ports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.adres.Adres;

/** The front door's intake for questions that partners push (aanmeldingen, signalen). */
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
}
