package nl.vraagwijzer.socialekaart;

import java.util.List;
import java.util.UUID;

/** What the beheerder records about a service; the reaction term is in working days. */
public record DienstGegevens(
        UUID organisatieId,
        String naam,
        String omschrijving,
        List<String> leefgebieden,
        List<String> doelgroepen,
        List<String> gemeenten,
        List<String> wijken,
        String aanmeldwijze,
        Contactgegevens contact,
        int reactietermijnWerkdagen) {

    public DienstGegevens {
        leefgebieden = List.copyOf(leefgebieden);
        doelgroepen = doelgroepen == null ? List.of() : List.copyOf(doelgroepen);
        gemeenten = gemeenten == null ? null : List.copyOf(gemeenten);
        wijken = wijken == null ? List.of() : List.copyOf(wijken);
    }
}
