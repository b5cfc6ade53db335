package nl.vraagwijzer.socialekaart;

import java.util.List;
import java.util.UUID;

/**
 * What the beheerder records about a service; the reaction term is in working days. A service with
 * {@code collectief} is a collective provision.
 */
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
        int reactietermijnWerkdagen,
        List<String> trefwoorden,
        Collectief collectief) {

    public DienstGegevens {
        leefgebieden = List.copyOf(leefgebieden);
        doelgroepen = doelgroepen == null ? List.of() : List.copyOf(doelgroepen);
        gemeenten = gemeenten == null ? null : List.copyOf(gemeenten);
        wijken = wijken == null ? List.of() : List.copyOf(wijken);
        trefwoorden = trefwoorden == null ? List.of() : List.copyOf(trefwoorden);
    }

    /** The same with the gemeenten filled in. */
    DienstGegevens metGemeenten(List<String> andereGemeenten) {
        return new DienstGegevens(
                organisatieId,
                naam,
                omschrijving,
                leefgebieden,
                doelgroepen,
                andereGemeenten,
                wijken,
                aanmeldwijze,
                contact,
                reactietermijnWerkdagen,
                trefwoorden,
                collectief);
    }
}
