package nl.vraagwijzer.socialekaart;

import java.util.List;
import nl.vraagwijzer.shared.adres.Adres;

/** What the beheerder records about an organisation; the aggregate adds identity, version and timestamps. */
public record OrganisatieGegevens(
        String naam,
        String omschrijving,
        String kvkNummer,
        String website,
        String telefoonnummer,
        String emailadres,
        Adres adres,
        List<String> gemeenten) {

    /** {@code gemeenten} null: not stated (the service fills in the default). */
    public OrganisatieGegevens {
        gemeenten = gemeenten == null ? null : List.copyOf(gemeenten);
    }
}
