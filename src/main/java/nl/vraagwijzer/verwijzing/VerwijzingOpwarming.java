package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.Cursor;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.ports.Opwarmen;

/** The referrals' reads on no data at start: a partner's list, numbered and after a cursor. */
@ApplicationScoped
class VerwijzingOpwarming implements Opwarmen {

    private final VerwijzingRepository verwijzingen;

    VerwijzingOpwarming(VerwijzingRepository verwijzingen) {
        this.verwijzingen = verwijzingen;
    }

    @Override
    public void opwarmen() {
        UUID organisatie = new UUID(0, 0);
        var partner = new VerwijzingRepository.Filter(null, organisatie, null, null, null, LocalDate.now());
        verwijzingen.zoek(partner, new PageRequest(1, 20));
        verwijzingen.zoekNa(partner, null, 21);
        Cursor cursor = new Cursor(VerwijzingRepository.CURSOR_SLEUTEL, Instant.EPOCH.toString(), organisatie);
        verwijzingen.zoekNa(partner, cursor, 21);
    }
}
