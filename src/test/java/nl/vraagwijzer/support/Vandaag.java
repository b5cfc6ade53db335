package nl.vraagwijzer.support;

import java.time.Clock;
import java.time.LocalDate;
import nl.vraagwijzer.shared.time.Werkdagen;

/** Today in the Netherlands, as the service counts it: just after midnight there, UTC is still yesterday. */
public final class Vandaag {

    private Vandaag() {}

    public static LocalDate nl() {
        return Werkdagen.vandaag(Clock.systemUTC());
    }
}
