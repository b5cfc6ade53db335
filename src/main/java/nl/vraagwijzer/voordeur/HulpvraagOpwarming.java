package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.ports.Opwarmen;

/**
 * The front door's reads on no data at start: a team's open questions as a numbered page, with
 * filters, after a cursor and as an export, and a resident's questions and contacts (the timeline).
 */
@ApplicationScoped
class HulpvraagOpwarming implements Opwarmen {

    private static final String GEEN_GEMEENTE = "";
    private static final String TEAM = "opwarmen";

    private final HulpvraagRepository hulpvragen;
    private final ContactmomentRepository contactmomenten;

    HulpvraagOpwarming(HulpvraagRepository hulpvragen, ContactmomentRepository contactmomenten) {
        this.hulpvragen = hulpvragen;
        this.contactmomenten = contactmomenten;
    }

    @Override
    public void opwarmen() {
        LocalDate vandaag = LocalDate.now();
        HulpvraagZoekopdracht open = zoekopdracht(null, null);
        HulpvraagZoekopdracht gefilterd = zoekopdracht("financien", Boolean.FALSE);
        PageRequest pagina = new PageRequest(1, 20);
        hulpvragen.zoek(GEEN_GEMEENTE, open, vandaag, pagina);
        hulpvragen.zoek(GEEN_GEMEENTE, gefilterd, vandaag, pagina);
        hulpvragen.zoekNa(GEEN_GEMEENTE, open, vandaag, null, 21);
        Cursor cursor =
                new Cursor(HulpvraagSortering.Richting.STANDAARD.code(), Instant.EPOCH.toString(), new UUID(0, 0));
        hulpvragen.zoekNa(GEEN_GEMEENTE, open, vandaag, cursor, 21);
        hulpvragen.stroom(GEEN_GEMEENTE, open, vandaag, hulpvraag -> {});
        UUID inwoner = new UUID(0, 0);
        hulpvragen.vanInwoner(inwoner);
        contactmomenten.vanHulpvragen(List.of(inwoner));
    }

    /** The open questions of a team, limited as a professional's list is. */
    private static HulpvraagZoekopdracht zoekopdracht(String leefgebied, Boolean termijnVerlopen) {
        return HulpvraagZoekopdracht.bouwer()
                .status(HulpvraagZoekopdracht.OPEN)
                .team(TEAM)
                .leefgebied(leefgebied)
                .termijnVerlopen(termijnVerlopen)
                .alleenTeam(Optional.of(TEAM))
                .vertrouwelijkAlleenVoorTeam(Optional.of(TEAM))
                .build();
    }
}
