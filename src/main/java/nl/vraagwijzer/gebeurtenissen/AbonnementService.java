package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * Webhook subscriptions. A partner manages its own, to the events about its work; a gemeente's own
 * system (role {@code gemeentesysteem}) manages its own, to every event of its gemeente. Another
 * subscriber's subscription does not exist for either (404). The functional admin sees every one,
 * to find and resume suspended ones.
 */
@ApplicationScoped
public class AbonnementService {

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;
    private final Webhookadressen adressen;
    private final Webhookverbinding verbinding;
    private final Clock clock;

    public AbonnementService(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            Aanroeper aanroeper,
            Gemeentekeuze gemeentekeuze,
            Webhookadressen adressen,
            Webhookverbinding verbinding,
            Clock clock) {
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
        this.adressen = adressen;
        this.verbinding = verbinding;
        this.clock = clock;
    }

    /**
     * Subscribes after the receiver agreed in the handshake. No transaction is open while the
     * receiver answers (ADR 0012); nothing is written unless it agreed.
     *
     * @throws ApiProblem 400 for a callback URL off the allowlist, the old shape for a system, a
     *     subject the subscriber may not follow, or a receiver that refuses or fails the handshake;
     *     403 for a token that names no organisation (partner) or not exactly one gemeente (system)
     */
    public Abonnement abonneer(Abonnee.Soort soort, String callbackUrl, Abonnement.Wens wens) {
        adressen.weigering(callbackUrl).ifPresent(reden -> {
            throw ApiProblem.badRequest(
                    "callbackUrl: " + callbackUrl + " " + reden + "; vraag de gemeente een toegestaan adres.");
        });
        if (wens.typen().stream().anyMatch(Objects::isNull)) {
            throw ApiProblem.badRequest("typen: bevat een leeg element.");
        }
        Abonnee abonnee = abonnee(soort);
        if (!abonnee.isPartner() && Gebeurtenisvorm.VEROUDERD.equals(wens.mediaType())) {
            // a system never had the old shape, so it has nothing to move over from
            throw ApiProblem.badRequest(
                    "mediaType: " + Gebeurtenisvorm.VEROUDERD
                            + " is de verouderde vorm voor partners die nog overstappen; een gemeentesysteem ontvangt CloudEvents.");
        }
        if (wens.onderwerp() != null
                && !QuarkusTransaction.joiningExisting().call(() -> gebeurtenissen.kent(abonnee, wens.onderwerp()))) {
            // the same answer for an object of another subscriber as for one that does not exist
            throw ApiProblem.badRequest("onderwerp: " + wens.onderwerp()
                    + (abonnee.isPartner()
                            ? " is geen verwijzing aan of aanmelding van de eigen organisatie."
                            : " is geen hulpvraag, verwijzing of aanmelding van de eigen gemeente."));
        }
        Webhookverbinding.Handdruk handdruk = verbinding.handdruk(callbackUrl, wens.verzoekfrequentie());
        handdruk.weigering().ifPresent(reden -> {
            throw ApiProblem.badRequest("callbackUrl: " + reden
                    + "; de ontvanger moet de OPTIONS-handdruk van het NL GOV-profiel voor CloudEvents beantwoorden.");
        });
        Abonnement.Wens afgesproken = new Abonnement.Wens(
                wens.mediaType(), List.copyOf(wens.typen()), wens.onderwerp(), handdruk.verzoekfrequentie());
        return QuarkusTransaction.requiringNew().call(() -> {
            Abonnement abonnement =
                    new Abonnement(abonnee, callbackUrl, afgesproken, gebeurtenissen.laatste(abonnee), clock.instant());
            abonnementen.persist(abonnement);
            return abonnement;
        });
    }

    /**
     * Who the caller subscribes as: its organisation, or its gemeente and itself as a system.
     *
     * @throws ApiProblem 403 for a partner's token without organisation, or a system's that names
     *     not exactly one gemeente
     */
    private Abonnee abonnee(Abonnee.Soort soort) {
        return soort == Abonnee.Soort.PARTNER
                ? Abonnee.partner(aanroeper.vereisOrganisatie())
                : Abonnee.gemeentesysteem(gemeentekeuze.vanGemeentesysteem(), aanroeper.subject());
    }

    /** The caller's own subscriptions of this kind; the functional admin's: everyone's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Abonnement> lijst(Abonnee.Soort soort, String status, PageRequest page) {
        if (aanroeper.heeftRol(BEHEERDER)) {
            return abonnementen.alle(soort, status, page);
        }
        return abonnementen.van(abonnee(soort), status, page);
    }

    /** @throws ApiProblem 404 for another subscriber's, or one of the other kind */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Abonnement lees(Abonnee.Soort soort, UUID id) {
        return abonnementen
                .findByIdOptional(id)
                .filter(abonnement -> abonnement.abonnee().soort() == soort)
                .filter(abonnement ->
                        aanroeper.heeftRol(BEHEERDER) || abonnement.abonnee().equals(abonnee(soort)))
                .orElseThrow(() -> ApiProblem.notFound("Abonnement", id));
    }

    @Transactional
    public void zegOp(Abonnee.Soort soort, UUID id) {
        abonnementen.delete(lees(soort, id));
    }

    /**
     * Resumes a suspended subscription; delivery continues after the last delivered event, with
     * the next sequence.
     *
     * @throws ApiProblem 409 for an ended one (its receiver answered 410)
     */
    @Transactional
    public Abonnement heractiveer(Abonnee.Soort soort, UUID id) {
        Abonnement abonnement = lees(soort, id);
        abonnement.heractiveer();
        return abonnement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Aflevering> afleveringen(Abonnee.Soort soort, UUID id, PageRequest page) {
        return afleveringen.vanAbonnement(lees(soort, id).id(), page);
    }
}
