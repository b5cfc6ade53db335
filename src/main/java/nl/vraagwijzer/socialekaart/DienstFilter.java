package nl.vraagwijzer.socialekaart;

import java.util.Optional;
import java.util.UUID;

/**
 * Filters for the service list; {@code null} means "no filter".
 *
 * @param q words to search for (Dutch full text, {@link Tekstzoeken})
 * @param postcodeGemeente with {@code postcodeWijk}: the place of a postcode, its wijk first
 */
public record DienstFilter(
        String q,
        String naam,
        String leefgebied,
        String doelgroep,
        String aanmeldwijze,
        Boolean collectief,
        String wijk,
        String gemeente,
        UUID organisatieId,
        String postcodeGemeente,
        Optional<String> postcodeWijk) {

    /** The same filters for the place a postcode lies in. */
    DienstFilter op(String gemeente, Optional<String> wijk) {
        return new DienstFilter(
                q,
                naam,
                leefgebied,
                doelgroep,
                aanmeldwijze,
                collectief,
                this.wijk,
                this.gemeente,
                organisatieId,
                gemeente,
                wijk);
    }
}
