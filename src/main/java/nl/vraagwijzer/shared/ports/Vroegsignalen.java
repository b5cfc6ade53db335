package nl.vraagwijzer.shared.ports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Early signals of arrears (Wgs art. 2.2.1), as the partner pushes them, into the outreach. */
public interface Vroegsignalen {

    /** A signal as the partner reports it; {@code signaalpartner} a code of the contract's list. */
    record Signaal(
            String signaalpartner,
            BigDecimal bedrag,
            LocalDate ontstaansdatum,
            LocalDate signaaldatum,
            boolean crisissignaal,
            boolean warmeOverdracht) {}

    /**
     * Records the signal of {@code organisatie} about a resident of {@code gemeente} in the caller's
     * transaction, matched into the resident's open case or a new one.
     *
     * @return the signal's id
     */
    UUID ontvang(String gemeente, UUID organisatie, Aanmelden.Inwonergegevens inwoner, Signaal signaal);
}
