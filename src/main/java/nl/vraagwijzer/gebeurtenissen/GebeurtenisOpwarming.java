package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Opwarmen;

/** The events' reads on no data at start: an organisation's latest number and its feed. */
@ApplicationScoped
class GebeurtenisOpwarming implements Opwarmen {

    private final GebeurtenisRepository gebeurtenissen;

    GebeurtenisOpwarming(GebeurtenisRepository gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void opwarmen() {
        UUID organisatie = new UUID(0, 0);
        gebeurtenissen.laatste(organisatie);
        gebeurtenissen.na(organisatie, 0, 20);
    }
}
