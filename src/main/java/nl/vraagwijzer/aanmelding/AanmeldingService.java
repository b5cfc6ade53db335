package nl.vraagwijzer.aanmelding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.ports.Diensten;
import nl.vraagwijzer.shared.ports.Gebeurtenissen;
import nl.vraagwijzer.shared.ports.Vroegsignalen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/** What partners push to the Vraagwijzer: residents they refer, and early signals of arrears. */
@ApplicationScoped
public class AanmeldingService {

    private final Aanmelden intake;
    private final Vroegsignalen vroegsignalen;
    private final Gebeurtenissen gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Diensten diensten;
    private final Gemeenteindeling indeling;
    private final Systeemtoegang systeemtoegang;

    public AanmeldingService(
            Aanmelden intake,
            Vroegsignalen vroegsignalen,
            Gebeurtenissen gebeurtenissen,
            Aanroeper aanroeper,
            Diensten diensten,
            Gemeenteindeling indeling,
            Systeemtoegang systeemtoegang) {
        this.intake = intake;
        this.vroegsignalen = vroegsignalen;
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.diensten = diensten;
        this.indeling = indeling;
        this.systeemtoegang = systeemtoegang;
    }

    /**
     * A resident referred by a GP, school or district nurse. @return the question's id
     *
     * @throws ApiProblem 400 for a gemeente that is unknown, not served by the partner, or not to be
     *     derived from the resident's postcode
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID meldAan(
            String gemeente, Aanmelden.Inwonergegevens inwoner, String omschrijving, List<String> leefgebieden) {
        String voor = gemeente(gemeente, inwoner);
        UUID hulpvraag = intake.meldAan(voor, inwoner, omschrijving, leefgebieden, "overig");
        gebeurtenissen.aanmeldingOntvangen(organisatie(), hulpvraag);
        return hulpvraag;
    }

    /**
     * An early signal of arrears, into the outreach on the resident (matched into their open case).
     * @return the signal's id
     *
     * @throws ApiProblem 400 as {@link Vroegsignalen#ontvang} says, or for the gemeente as {@link #meldAan}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID signaleer(String gemeente, Aanmelden.Inwonergegevens inwoner, Vroegsignalen.Signaal signaal) {
        String voor = gemeente(gemeente, inwoner);
        UUID id = vroegsignalen.ontvang(voor, organisatie(), inwoner, signaal);
        gebeurtenissen.signaalOntvangen(organisatie(), id);
        return id;
    }

    /** @throws ApiProblem 404 for a signal that is not the caller's */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Vroegsignalen.Partnerzicht signaal(UUID id) {
        return vroegsignalen.voorPartner(id, organisatie()).orElseThrow(() -> ApiProblem.notFound("Signaal", id));
    }

    /**
     * The gemeente a push is for: named in the request, else the one the resident's postcode lies in,
     * else the only gemeente the partner serves; it must be one the partner serves. Every row the
     * push writes belongs to it.
     */
    private String gemeente(String genoemd, Aanmelden.Inwonergegevens inwoner) {
        Set<String> bediend = diensten.gemeentenVanOrganisatie(organisatie());
        String gemeente = genoemd;
        if (gemeente == null) {
            String postcode = inwoner.adres() == null ? null : inwoner.adres().postcode();
            gemeente = indeling.plaats(postcode)
                    .map(Gemeenteindeling.Plaats::gemeente)
                    .or(() ->
                            bediend.size() == 1 ? Optional.of(bediend.iterator().next()) : Optional.empty())
                    .orElseThrow(() -> ApiProblem.badRequest("gemeente: ontbreekt, en de postcode van de inwoner"
                            + " ligt in geen gemeente van deze voorziening; noem de gemeente."));
        }
        if (indeling.gemeente(gemeente).isEmpty()) {
            throw ApiProblem.badRequest("gemeente: gemeente " + gemeente + " is onbekend bij deze voorziening.");
        }
        if (!bediend.contains(gemeente)) {
            throw ApiProblem.badRequest(
                    "gemeente: uw organisatie bedient gemeente " + gemeente + " niet (zie de sociale kaart).");
        }
        systeemtoegang.namens(gemeente);
        return gemeente;
    }

    /** @throws ApiProblem 403 for a partner token that names no organisation */
    public UUID organisatie() {
        return aanroeper.vereisOrganisatie();
    }
}
