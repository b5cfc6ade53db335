package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * Webhook subscriptions. A partner manages its own: another organisation's does not exist for it
 * (404). The functional admin sees every organisation's, to find and resume suspended ones.
 */
@ApplicationScoped
public class AbonnementService {

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Webhookadressen adressen;
    private final Webhookverbinding verbinding;
    private final Clock clock;

    public AbonnementService(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            Aanroeper aanroeper,
            Webhookadressen adressen,
            Webhookverbinding verbinding,
            Clock clock) {
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.adressen = adressen;
        this.verbinding = verbinding;
        this.clock = clock;
    }

    /**
     * Subscribes after the receiver agreed in the handshake. No transaction is open while the
     * receiver answers (ADR 0012); nothing is written unless it agreed.
     *
     * @throws ApiProblem 400 for a callback URL off the allowlist, a subject the partner may not
     *     follow, or a receiver that refuses or fails the handshake
     */
    public Abonnement abonneer(String callbackUrl, Abonnement.Wens wens) {
        adressen.weigering(callbackUrl).ifPresent(reden -> {
            throw ApiProblem.badRequest(
                    "callbackUrl: " + callbackUrl + " " + reden + "; vraag de gemeente een toegestaan adres.");
        });
        if (wens.typen().stream().anyMatch(Objects::isNull)) {
            throw ApiProblem.badRequest("typen: bevat een leeg element.");
        }
        UUID organisatie = aanroeper.vereisOrganisatie();
        if (wens.onderwerp() != null
                && !QuarkusTransaction.joiningExisting()
                        .call(() -> gebeurtenissen.kent(organisatie, wens.onderwerp()))) {
            // the same answer for an object of another partner as for one that does not exist
            throw ApiProblem.badRequest("onderwerp: " + wens.onderwerp()
                    + " is geen verwijzing aan of aanmelding van de eigen organisatie.");
        }
        Webhookverbinding.Handdruk handdruk = verbinding.handdruk(callbackUrl, wens.verzoekfrequentie());
        handdruk.weigering().ifPresent(reden -> {
            throw ApiProblem.badRequest("callbackUrl: " + reden
                    + "; de ontvanger moet de OPTIONS-handdruk van het NL GOV-profiel voor CloudEvents beantwoorden.");
        });
        Abonnement.Wens afgesproken = new Abonnement.Wens(
                wens.mediaType(), List.copyOf(wens.typen()), wens.onderwerp(), handdruk.verzoekfrequentie());
        return QuarkusTransaction.requiringNew().call(() -> {
            Abonnement abonnement = new Abonnement(
                    organisatie, callbackUrl, afgesproken, gebeurtenissen.laatste(organisatie), clock.instant());
            abonnementen.persist(abonnement);
            return abonnement;
        });
    }

    /** The caller's own subscriptions; the functional admin's: everyone's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Abonnement> lijst(String status, PageRequest page) {
        if (aanroeper.heeftRol(BEHEERDER)) {
            return abonnementen.alle(status, page);
        }
        return abonnementen.vanOrganisatie(aanroeper.vereisOrganisatie(), status, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Abonnement lees(UUID id) {
        return abonnementen
                .findByIdOptional(id)
                .filter(abonnement -> aanroeper.heeftRol(BEHEERDER)
                        || abonnement.organisatieId().equals(aanroeper.vereisOrganisatie()))
                .orElseThrow(() -> ApiProblem.notFound("Abonnement", id));
    }

    @Transactional
    public void zegOp(UUID id) {
        abonnementen.delete(lees(id));
    }

    /**
     * Resumes a suspended subscription; delivery continues after the last delivered event, with
     * the next sequence.
     *
     * @throws ApiProblem 409 for an ended one (its receiver answered 410)
     */
    @Transactional
    public Abonnement heractiveer(UUID id) {
        Abonnement abonnement = lees(id);
        abonnement.heractiveer();
        return abonnement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Aflevering> afleveringen(UUID id, PageRequest page) {
        return afleveringen.vanAbonnement(lees(id).id(), page);
    }
}
