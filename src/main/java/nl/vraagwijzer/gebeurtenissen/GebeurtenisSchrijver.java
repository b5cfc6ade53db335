package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.AANMELDING_ONTVANGEN;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.SIGNAAL_ONTVANGEN;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_OVERBRUGGING_VASTGELEGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_STATUS_GEWIJZIGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_VERZONDEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;

/**
 * Writes the events other features report. The CloudEvent's data is information-poor: only what a
 * subscriber needs to decide whether to fetch the object (for a status change the old and new
 * status), never a name, BSN, address, free text or care detail.
 */
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
    public void verwijzingVerzonden(UUID organisatie, UUID verwijzingId, String status, long versie) {
        verwijzing(organisatie, VERWIJZING_VERZONDEN, Map.of(), "verwijzing-verzonden", verwijzingId, status, versie);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void verwijzingStatusGewijzigd(
            UUID organisatie, UUID verwijzingId, String vorige, String status, long versie) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("vorigeStatus", vorige);
        data.put("status", status);
        verwijzing(
                organisatie, VERWIJZING_STATUS_GEWIJZIGD, data, "verwijzing-" + status, verwijzingId, status, versie);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void overbruggingVastgelegd(UUID organisatie, UUID verwijzingId, String status, long versie) {
        verwijzing(
                organisatie,
                VERWIJZING_OVERBRUGGING_VASTGELEGD,
                Map.of(),
                "verwijzing-overbrugging",
                verwijzingId,
                status,
                versie);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void aanmeldingOntvangen(UUID organisatie, UUID kenmerk) {
        ontvangen(organisatie, AANMELDING_ONTVANGEN, "aanmelding-ontvangen", kenmerk);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void signaalOntvangen(UUID organisatie, UUID kenmerk) {
        ontvangen(organisatie, SIGNAAL_ONTVANGEN, "signaal-ontvangen", kenmerk);
    }

    private void verwijzing(
            UUID organisatie,
            Gebeurtenistype type,
            Map<String, Object> data,
            String soort,
            UUID verwijzingId,
            String status,
            long versie) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("verwijzingId", verwijzingId.toString());
        gegevens.put("status", status);
        gegevens.put("versie", versie);
        gebeurtenissen.schrijf(
                new Gebeurtenis(organisatie, type, verwijzingId, data, soort, gegevens, clock.instant()));
    }

    private void ontvangen(UUID organisatie, Gebeurtenistype type, String soort, UUID kenmerk) {
        gebeurtenissen.schrijf(new Gebeurtenis(
                organisatie, type, kenmerk, Map.of(), soort, Map.of("kenmerk", kenmerk.toString()), clock.instant()));
    }
}
