package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.AANMELDING_ONTVANGEN;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.HULPVRAAG_GEREGISTREERD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.HULPVRAAG_STATUS_GEWIJZIGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.SIGNAAL_ONTVANGEN;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.SIGNAAL_STATUS_GEWIJZIGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_OVERBRUGGING_VASTGELEGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_STATUS_GEWIJZIGD;
import static nl.vraagwijzer.gebeurtenissen.Gebeurtenistype.VERWIJZING_VERZONDEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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
    public void hulpvraagGeregistreerd(UUID hulpvraagId) {
        hulpvraag(HULPVRAAG_GEREGISTREERD, Map.of(), "hulpvraag-geregistreerd", hulpvraagId, "nieuw");
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void hulpvraagStatusGewijzigd(UUID hulpvraagId, String vorige, String status) {
        hulpvraag(
                HULPVRAAG_STATUS_GEWIJZIGD,
                statuswijziging(vorige, status),
                "hulpvraag-" + status,
                hulpvraagId,
                status);
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
        verwijzing(
                organisatie,
                VERWIJZING_STATUS_GEWIJZIGD,
                statuswijziging(vorige, status),
                "verwijzing-" + status,
                verwijzingId,
                status,
                versie);
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

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void signaalStatusGewijzigd(UUID organisatie, UUID signaalId, String vorige, String status) {
        gebeurtenissen.schrijf(Gebeurtenis.inStroom(
                Gebeurtenisstroom.SIGNALEN,
                organisatie.toString(),
                SIGNAAL_STATUS_GEWIJZIGD,
                signaalId,
                statuswijziging(vorige, status),
                clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAkkoord(String gemeente, UUID planId) {
        plan(gemeente, Gebeurtenistype.PLAN_AKKOORD, planId, Map.of());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void planRegisseurGewisseld(String gemeente, UUID planId) {
        plan(gemeente, Gebeurtenistype.PLAN_REGISSEUR_GEWISSELD, planId, Map.of());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void planEvaluatieNodig(String gemeente, UUID planId, LocalDate evaluatiedatum) {
        plan(
                gemeente,
                Gebeurtenistype.PLAN_EVALUATIE_NODIG,
                planId,
                Map.of("evaluatiedatum", evaluatiedatum.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void planDoelBereikt(String gemeente, UUID planId, UUID doelId) {
        plan(gemeente, Gebeurtenistype.PLAN_DOEL_BEREIKT, planId, Map.of("doelId", doelId.toString()));
    }

    /** An event in the gemeente's stream of support plans: about the plan, never its content. */
    private void plan(String gemeente, Gebeurtenistype type, UUID planId, Map<String, Object> data) {
        gebeurtenissen.schrijf(
                Gebeurtenis.inStroom(Gebeurtenisstroom.PLANNEN, gemeente, type, planId, data, clock.instant()));
    }

    /** The data of a status change: the old and the new status, nothing else. */
    private static Map<String, Object> statuswijziging(String vorige, String status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("vorigeStatus", vorige);
        data.put("status", status);
        return data;
    }

    /** An event of the gemeente only: no partner, so no place in a partner's stream. */
    private void hulpvraag(
            Gebeurtenistype type, Map<String, Object> data, String soort, UUID hulpvraagId, String status) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("hulpvraagId", hulpvraagId.toString());
        gegevens.put("status", status);
        gebeurtenissen.schrijf(new Gebeurtenis(null, type, hulpvraagId, data, soort, gegevens, clock.instant()));
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
