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
                eigenTeam,
                vertrouwelijkVoorTeam);
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
