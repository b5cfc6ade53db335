package nl.vraagwijzer.socialekaart;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.ports.Opwarmen;

/**
 * The directory's searches at start, on a gemeente that has no services: by leefgebied, by text
 * (and with it the trigram fallback, as the text finds nothing) and by postcode, and the organisations.
 */
@ApplicationScoped
class SocialeKaartOpwarming implements Opwarmen {

    private static final String GEEN_GEMEENTE = "GM0000";

    private final DienstRepository diensten;
    private final OrganisatieRepository organisaties;

    SocialeKaartOpwarming(DienstRepository diensten, OrganisatieRepository organisaties) {
        this.diensten = diensten;
        this.organisaties = organisaties;
    }

    @Override
    public void opwarmen() {
        PageRequest pagina = new PageRequest(1, 20);
        diensten.zoek(filter(null, "financien", null, Optional.empty()), pagina);
        diensten.zoek(filter(Zoekvraag.van("financiele"), null, null, Optional.empty()), pagina);
        diensten.zoek(filter(null, null, GEEN_GEMEENTE, Optional.of("opwarmen")), pagina);
        organisaties.zoek(new OrganisatieFilter(null, null, "financien", null, GEEN_GEMEENTE), pagina);
    }

    private static DienstFilter filter(String q, String leefgebied, String postcodeGemeente, Optional<String> wijk) {
        return DienstFilter.bouwer()
                .q(q)
                .leefgebied(leefgebied)
                .gemeente(GEEN_GEMEENTE)
                .postcodeGemeente(postcodeGemeente)
                .postcodeWijk(wijk)
                .build();
    }
}
