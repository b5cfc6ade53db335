package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/** A partner's webhooks. Another organisation's subscription does not exist for it (404). */
@ApplicationScoped
public class AbonnementService {

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Webhookadressen adressen;
    private final Clock clock;

    public AbonnementService(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            Aanroeper aanroeper,
            Webhookadressen adressen,
            Clock clock) {
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.adressen = adressen;
        this.clock = clock;
    }

    /** @throws ApiProblem 400 for a callback URL that is not on the allowlist */
    @Transactional
    public Abonnement abonneer(String callbackUrl) {
        adressen.weigering(callbackUrl).ifPresent(reden -> {
            throw ApiProblem.badRequest(
                    "callbackUrl: " + callbackUrl + " " + reden + "; vraag de gemeente een toegestaan adres.");
        });
        UUID organisatie = aanroeper.vereisOrganisatie();
        Abonnement abonnement =
                new Abonnement(organisatie, callbackUrl, gebeurtenissen.laatste(organisatie), clock.instant());
        abonnementen.persist(abonnement);
        return abonnement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Abonnement> eigen(PageRequest page) {
        return abonnementen.vanOrganisatie(aanroeper.vereisOrganisatie(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Abonnement lees(UUID id) {
        return abonnementen
                .findByIdOptional(id)
                .filter(abonnement -> abonnement.organisatieId().equals(aanroeper.vereisOrganisatie()))
                .orElseThrow(() -> ApiProblem.notFound("Abonnement", id));
    }

    @Transactional
    public void zegOp(UUID id) {
        abonnementen.delete(lees(id));
    }

    /** Switches a subscription back on; delivery continues after the last delivered event. */
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
