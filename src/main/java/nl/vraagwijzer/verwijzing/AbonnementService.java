package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;

/** A partner's webhooks. Another organisation's subscription does not exist for it (404). */
@ApplicationScoped
public class AbonnementService {

    private final AbonnementRepository abonnementen;
    private final AfleveringRepository afleveringen;
    private final GebeurtenisRepository gebeurtenissen;
    private final AanmeldingService partner;
    private final WebhookConfig config;
    private final Clock clock;

    public AbonnementService(
            AbonnementRepository abonnementen,
            AfleveringRepository afleveringen,
            GebeurtenisRepository gebeurtenissen,
            AanmeldingService partner,
            WebhookConfig config,
            Clock clock) {
        this.abonnementen = abonnementen;
        this.afleveringen = afleveringen;
        this.gebeurtenissen = gebeurtenissen;
        this.partner = partner;
        this.config = config;
        this.clock = clock;
    }

    /** @throws ApiProblem 400 for a callback URL that is not on the allowlist */
    @Transactional
    public Abonnement abonneer(String callbackUrl) {
        if (config.toegestaan().orElse(java.util.List.of()).stream().noneMatch(callbackUrl::startsWith)) {
            throw ApiProblem.badRequest(
                    "callbackUrl: " + callbackUrl + " staat niet op de lijst van toegestane adressen;"
                            + " vraag de gemeente het adres toe te voegen.");
        }
        UUID organisatie = partner.organisatie();
        Abonnement abonnement =
                new Abonnement(organisatie, callbackUrl, gebeurtenissen.laatste(organisatie), clock.instant());
        abonnementen.persist(abonnement);
        return abonnement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Abonnement> eigen(PageRequest page) {
        return abonnementen.vanOrganisatie(partner.organisatie(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Abonnement lees(UUID id) {
        return abonnementen
                .findByIdOptional(id)
                .filter(abonnement -> abonnement.organisatieId().equals(partner.organisatie()))
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
