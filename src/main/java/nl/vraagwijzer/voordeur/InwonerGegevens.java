package nl.vraagwijzer.voordeur;

import java.time.LocalDate;
import nl.vraagwijzer.shared.adres.Adres;

/** What the desk records about a resident. */
public record InwonerGegevens(
        String voornamen,
        String achternaam,
        LocalDate geboortedatum,
        String bsn,
        Adres adres,
        String telefoonnummer,
        String emailadres,
        String voorkeurstaal) {}
