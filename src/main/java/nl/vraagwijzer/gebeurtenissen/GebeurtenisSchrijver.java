package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;

/** Writes the events other features report, with the data each kind carries. */
@ApplicationScoped
class GebeurtenisSchrijver implements Gebeurtenissen {

    private final GebeurtenisRepository gebeurtenissen;
    private final Clock clock;

    GebeurtenisSchrijver(GebeurtenisRepository gebeurtenissen, Clock clock) {
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void verwijzing(UUID organisatie, String soort, UUID verwijzingId, String status, long versie) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("verwijzingId", verwijzingId.toString());
        gegevens.put("status", status);
        gegevens.put("versie", versie);
        gebeurtenissen.schrijf(new Gebeurtenis(organisatie, soort, verwijzingId, gegevens, clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void ontvangen(UUID organisatie, String soort, UUID kenmerk) {
        gebeurtenissen.schrijf(
                new Gebeurtenis(organisatie, soort, null, Map.of("kenmerk", kenmerk.toString()), clock.instant()));
    }
}
