package nl.vraagwijzer.voordeur;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.vraagwijzer.shared.time.Werkdagen;

/** One event in a resident's timeline. */
public record TijdlijnItem(String soort, UUID id, UUID hulpvraagId, Instant tijdstip, String samenvatting) {

    private static final int KORT = 200;

    static TijdlijnItem van(Hulpvraag vraag) {
        HulpvraagGegevens gegevens = vraag.gegevens();
        return new TijdlijnItem(
                "hulpvraag",
                vraag.id(),
                vraag.id(),
                vraag.aangemaaktOp(),
                "Hulpvraag via " + vraag.kanaal() + " ("
                        + gegevens.wettelijkKader().code() + "): " + kort(gegevens.omschrijving()));
    }

    static TijdlijnItem van(Contactmoment contact) {
        // a contact recorded on the day it happened keeps its time; one recorded later its date
        LocalDate vastgelegd = LocalDate.ofInstant(contact.aangemaaktOp(), Werkdagen.NEDERLAND);
        Instant tijdstip =
                contact.datum().equals(vastgelegd) ? contact.aangemaaktOp() : Werkdagen.begin(contact.datum());
        return new TijdlijnItem(
                "contactmoment",
                contact.id(),
                contact.hulpvraagId(),
                tijdstip,
                "Contact via " + contact.kanaal() + " met " + contact.medewerker() + ": " + kort(contact.verslag()));
    }

    static TijdlijnItem van(Statuswijziging wijziging) {
        return new TijdlijnItem(
                "statuswijziging",
                wijziging.id(),
                wijziging.hulpvraagId(),
                wijziging.tijdstip(),
                "Status van " + wijziging.van() + " naar " + wijziging.naar()
                        + (wijziging.reden() == null ? "" : ": " + kort(wijziging.reden())));
    }

    private static String kort(String tekst) {
        return tekst.length() <= KORT ? tekst : tekst.substring(0, KORT - 1) + "…";
    }
}
