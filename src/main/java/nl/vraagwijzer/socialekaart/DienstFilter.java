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
        return naar().postcodeGemeente(gemeente).postcodeWijk(wijk).build();
    }

    /** A new DienstFilter, built by name: a field not set is its default. */
    public static Bouwer bouwer() {
        return new Bouwer();
    }

    /** A builder that starts from this DienstFilter. */
    Bouwer naar() {
        Bouwer bouwer = new Bouwer();
        bouwer.q = q;
        bouwer.naam = naam;
        bouwer.leefgebied = leefgebied;
        bouwer.doelgroep = doelgroep;
        bouwer.aanmeldwijze = aanmeldwijze;
        bouwer.collectief = collectief;
        bouwer.wijk = wijk;
        bouwer.gemeente = gemeente;
        bouwer.organisatieId = organisatieId;
        bouwer.postcodeGemeente = postcodeGemeente;
        bouwer.postcodeWijk = postcodeWijk;
        return bouwer;
    }

    /** Builds a {@link DienstFilter} by name. */
    public static final class Bouwer {

        private String q;
        private String naam;
        private String leefgebied;
        private String doelgroep;
        private String aanmeldwijze;
        private Boolean collectief;
        private String wijk;
        private String gemeente;
        private UUID organisatieId;
        private String postcodeGemeente;
        private Optional<String> postcodeWijk = Optional.empty();

        private Bouwer() {}

        public Bouwer q(String q) {
            this.q = q;
            return this;
        }

        public Bouwer naam(String naam) {
            this.naam = naam;
            return this;
        }

        public Bouwer leefgebied(String leefgebied) {
            this.leefgebied = leefgebied;
            return this;
        }

        public Bouwer doelgroep(String doelgroep) {
            this.doelgroep = doelgroep;
            return this;
        }

        public Bouwer aanmeldwijze(String aanmeldwijze) {
            this.aanmeldwijze = aanmeldwijze;
            return this;
        }

        public Bouwer collectief(Boolean collectief) {
            this.collectief = collectief;
            return this;
        }

        public Bouwer wijk(String wijk) {
            this.wijk = wijk;
            return this;
        }

        public Bouwer gemeente(String gemeente) {
            this.gemeente = gemeente;
            return this;
        }

        public Bouwer organisatieId(UUID organisatieId) {
            this.organisatieId = organisatieId;
            return this;
        }

        public Bouwer postcodeGemeente(String postcodeGemeente) {
            this.postcodeGemeente = postcodeGemeente;
            return this;
        }

        public Bouwer postcodeWijk(Optional<String> postcodeWijk) {
            this.postcodeWijk = postcodeWijk;
            return this;
        }

        public DienstFilter build() {
            return new DienstFilter(
                    q,
                    naam,
                    leefgebied,
                    doelgroep,
                    aanmeldwijze,
                    collectief,
                    wijk,
                    gemeente,
                    organisatieId,
                    postcodeGemeente,
                    postcodeWijk);
        }
    }
}
