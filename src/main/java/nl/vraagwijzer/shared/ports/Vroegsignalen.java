package nl.vraagwijzer.shared.ports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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

    /**
     * What the reporting partner may learn of its signal: {@code ontvangen}, {@code opgepakt} or
     * {@code afgesloten}, never why or how.
     */
    record Partnerzicht(UUID id, Instant ontvangenOp, String status) {}

    /** The signal {@code id} as {@code organisatie} may see it; empty when it is not that partner's. */
    Optional<Partnerzicht> voorPartner(UUID id, UUID organisatie);
}
