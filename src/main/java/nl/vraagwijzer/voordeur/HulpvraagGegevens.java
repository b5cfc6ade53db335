package nl.vraagwijzer.voordeur;

import java.util.List;

/** What a professional records about a question, beside the resident's own words. */
public record HulpvraagGegevens(
        String omschrijving,
        List<String> leefgebieden,
        WettelijkKader wettelijkKader,
        String urgentie,
        String team,
        String medewerker,
        boolean vertrouwelijk) {

    public HulpvraagGegevens {
        leefgebieden = List.copyOf(leefgebieden);
    }
}
