package nl.vraagwijzer.voordeur;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The filters of the open-case list as a client sent them; {@code null} means "no filter".
 * {@code alleenTeam} is not a client's choice: it limits professionals and team leads to their team.
 */
public record HulpvraagZoekopdracht(
        String status,
        String team,
        String medewerker,
        String leefgebied,
        String kanaal,
        String wettelijkKader,
        String wijk,
        Boolean termijnVerlopen,
        LocalDate termijnVoor,
        LocalDate aangemaaktVanaf,
        LocalDate aangemaaktTot,
        HulpvraagSortering.Richting sortering,
        Optional<String> alleenTeam,
        Optional<String> vertrouwelijkAlleenVoorTeam) {

    public static final String OPEN = "open";

    HulpvraagZoekopdracht beperktTot(Optional<String> eigenTeam, Optional<String> vertrouwelijkVoorTeam) {
        return naar().alleenTeam(eigenTeam)
                .vertrouwelijkAlleenVoorTeam(vertrouwelijkVoorTeam)
                .build();
    }

    /** A new HulpvraagZoekopdracht, built by name: a field not set is its default. */
    public static Bouwer bouwer() {
        return new Bouwer();
    }

    /** A builder that starts from this HulpvraagZoekopdracht. */
    Bouwer naar() {
        Bouwer bouwer = new Bouwer();
        bouwer.status = status;
        bouwer.team = team;
        bouwer.medewerker = medewerker;
        bouwer.leefgebied = leefgebied;
        bouwer.kanaal = kanaal;
        bouwer.wettelijkKader = wettelijkKader;
        bouwer.wijk = wijk;
        bouwer.termijnVerlopen = termijnVerlopen;
        bouwer.termijnVoor = termijnVoor;
        bouwer.aangemaaktVanaf = aangemaaktVanaf;
        bouwer.aangemaaktTot = aangemaaktTot;
        bouwer.sortering = sortering;
        bouwer.alleenTeam = alleenTeam;
        bouwer.vertrouwelijkAlleenVoorTeam = vertrouwelijkAlleenVoorTeam;
        return bouwer;
    }

    /** Builds a {@link HulpvraagZoekopdracht} by name. */
    public static final class Bouwer {

        private String status;
        private String team;
        private String medewerker;
        private String leefgebied;
        private String kanaal;
        private String wettelijkKader;
        private String wijk;
        private Boolean termijnVerlopen;
        private LocalDate termijnVoor;
        private LocalDate aangemaaktVanaf;
        private LocalDate aangemaaktTot;
        private HulpvraagSortering.Richting sortering = HulpvraagSortering.Richting.STANDAARD;
        private Optional<String> alleenTeam = Optional.empty();
        private Optional<String> vertrouwelijkAlleenVoorTeam = Optional.empty();

        private Bouwer() {}

        public Bouwer status(String status) {
            this.status = status;
            return this;
        }

        public Bouwer team(String team) {
            this.team = team;
            return this;
        }

        public Bouwer medewerker(String medewerker) {
            this.medewerker = medewerker;
            return this;
        }

        public Bouwer leefgebied(String leefgebied) {
            this.leefgebied = leefgebied;
            return this;
        }

        public Bouwer kanaal(String kanaal) {
            this.kanaal = kanaal;
            return this;
        }

        public Bouwer wettelijkKader(String wettelijkKader) {
            this.wettelijkKader = wettelijkKader;
            return this;
        }

        public Bouwer wijk(String wijk) {
            this.wijk = wijk;
            return this;
        }

        public Bouwer termijnVerlopen(Boolean termijnVerlopen) {
            this.termijnVerlopen = termijnVerlopen;
            return this;
        }

        public Bouwer termijnVoor(LocalDate termijnVoor) {
            this.termijnVoor = termijnVoor;
            return this;
        }

        public Bouwer aangemaaktVanaf(LocalDate aangemaaktVanaf) {
            this.aangemaaktVanaf = aangemaaktVanaf;
            return this;
        }

        public Bouwer aangemaaktTot(LocalDate aangemaaktTot) {
            this.aangemaaktTot = aangemaaktTot;
            return this;
        }

        public Bouwer sortering(HulpvraagSortering.Richting sortering) {
            this.sortering = sortering;
            return this;
        }

        public Bouwer alleenTeam(Optional<String> alleenTeam) {
            this.alleenTeam = alleenTeam;
            return this;
        }

        public Bouwer vertrouwelijkAlleenVoorTeam(Optional<String> vertrouwelijkAlleenVoorTeam) {
            this.vertrouwelijkAlleenVoorTeam = vertrouwelijkAlleenVoorTeam;
            return this;
        }

        public HulpvraagZoekopdracht build() {
            return new HulpvraagZoekopdracht(
                    status,
                    team,
                    medewerker,
                    leefgebied,
                    kanaal,
                    wettelijkKader,
                    wijk,
                    termijnVerlopen,
                    termijnVoor,
                    aangemaaktVanaf,
                    aangemaaktTot,
                    sortering,
                    alleenTeam,
                    vertrouwelijkAlleenVoorTeam);
        }
    }

    /** The filters, for the access log of an export. */
    String beschrijving() {
        StringBuilder tekst = new StringBuilder();
        append(tekst, "status", status);
        append(tekst, "team", team);
        append(tekst, "medewerker", medewerker);
        append(tekst, "leefgebied", leefgebied);
        append(tekst, "kanaal", kanaal);
        append(tekst, "wettelijkKader", wettelijkKader);
        append(tekst, "wijk", wijk);
        append(tekst, "termijnVerlopen", termijnVerlopen);
        append(tekst, "termijnVoor", termijnVoor);
        append(tekst, "aangemaaktVanaf", aangemaaktVanaf);
        append(tekst, "aangemaaktTot", aangemaaktTot);
        alleenTeam.ifPresent(eigen -> append(tekst, "eigenTeam", eigen));
        return tekst.isEmpty() ? "alle hulpvragen" : tekst.toString();
    }

    private static void append(StringBuilder tekst, String naam, Object waarde) {
        if (waarde != null) {
            tekst.append(tekst.isEmpty() ? "" : ", ").append(naam).append('=').append(waarde);
        }
    }
}
