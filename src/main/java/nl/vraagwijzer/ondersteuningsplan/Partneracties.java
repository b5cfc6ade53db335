package nl.vraagwijzer.ondersteuningsplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.ports.Verwijzingen;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * What a partner sees of support plans: only the actions assigned to its organisation through a
 * referral, and only while the resident's consent for that referral holds; withdrawing it removes
 * the access at once (each request asks). The partner updates its own actions' status under the
 * plan's If-Match. Every read and change is in the log of the plan's gemeente, with the referral's
 * resident.
 */
@ApplicationScoped
public class Partneracties {

    /** A partner's action, with the plan it belongs to (its version for If-Match) and the goal's leefgebied. */
    public record Zicht(Planinhoud.Actie actie, UUID planId, long planversie, String leefgebied) {}

    private final OndersteuningsplanRepository plannen;
    private final Verwijzingen verwijzingen;
    private final Aanroeper aanroeper;
    private final Systeemtoegang systeemtoegang;
    private final Logboek logboek;
    private final Clock clock;

    public Partneracties(
            OndersteuningsplanRepository plannen,
            Verwijzingen verwijzingen,
            Aanroeper aanroeper,
            Systeemtoegang systeemtoegang,
            Logboek logboek,
            Clock clock) {
        this.plannen = plannen;
        this.verwijzingen = verwijzingen;
        this.aanroeper = aanroeper;
        this.systeemtoegang = systeemtoegang;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * The caller's organisation's actions whose referral's consent holds, by plan (oldest first) and
     * then in the plan's order; one log entry per gemeente with the referrals' residents.
     *
     * @throws ApiProblem 403 for a token that names no organisation
     */
    @Transactional
    public PageResult<Zicht> lijst(PageRequest page) {
        UUID organisatie = aanroeper.vereisOrganisatie();
        List<Zicht> eigen = plannen.metActiesVan(organisatie).stream()
                .flatMap(plan -> plan.inhoud().acties().stream()
                        .filter(actie -> organisatie.equals(actie.organisatieId()))
                        .map(actie -> zicht(plan, actie)))
                .toList();
        Map<UUID, Verwijzingen.Toegang> toegang = verwijzingen.metGeldigeToestemming(
                organisatie,
                eigen.stream().map(zicht -> zicht.actie().verwijzingId()).collect(Collectors.toSet()));
        List<Zicht> zichtbaar = eigen.stream()
                .filter(zicht -> toegang.containsKey(zicht.actie().verwijzingId()))
                .toList();
        List<Zicht> pagina = zichtbaar.stream()
                .skip((long) page.index() * page.pageSize())
                .limit(page.pageSize())
                .toList();
        pagina.stream()
                .map(zicht -> toegang.get(zicht.actie().verwijzingId()))
                .collect(Collectors.groupingBy(Verwijzingen.Toegang::gemeente, TreeMap::new, Collectors.toList()))
                .forEach((gemeente, verwijzingenIn) -> logboek.toegestaanIn(
                        gemeente,
                        "planacties-lijst",
                        verwijzingenIn.stream()
                                .map(Verwijzingen.Toegang::inwonerId)
                                .distinct()
                                .toList(),
                        verwijzingenIn.size() + " acties"));
        return new PageResult<>(pagina, zichtbaar.size(), page);
    }

    /**
     * The partner's status of its own action.
     *
     * @throws ApiProblem 404 for an action that is not the caller's, or whose consent no longer
     *     holds (the refusal logged); 428/412 for the plan's version
     */
    @Transactional
    public Zicht wijzigStatus(UUID actieId, String ifMatch, String status) {
        long verwacht = ETags.expectedVersion(ifMatch);
        UUID organisatie = aanroeper.vereisOrganisatie();
        Ondersteuningsplan plan =
                plannen.metActie(actieId).orElseThrow(() -> ApiProblem.notFound("Planactie", actieId));
        Planinhoud.Actie actie = plan.actie(actieId).orElseThrow();
        if (!organisatie.equals(actie.organisatieId())) {
            throw ApiProblem.notFound("Planactie", actieId);
        }
        Verwijzingen.Toegang toegang = verwijzingen
                .metGeldigeToestemming(organisatie, Set.of(actie.verwijzingId()))
                .get(actie.verwijzingId());
        if (toegang == null) {
            logboek.geweigerdIn(
                    plan.gemeente(),
                    "planactie-status-wijzigen",
                    Set.of(),
                    "toestemming voor verwijzing " + actie.verwijzingId() + " ingetrokken of verlopen");
            throw ApiProblem.notFound("Planactie", actieId);
        }
        ETags.requireCurrent(verwacht, plan.versie());
        // the plan's gemeente, not the partner's (which acts for none): its history row lives there
        systeemtoegang.namens(plan.gemeente());
        String vorige = plan.actiestatus(actieId, status, clock.instant());
        plannen.flush();
        if (!Objects.equals(vorige, status)) {
            plannen.legVast(new Planwijziging(
                    plan.id(),
                    plan.versie(),
                    aanroeper.subject(),
                    clock.instant(),
                    "actie " + actieId + " van partner " + organisatie + ": " + vorige + " -> " + status,
                    false));
        }
        logboek.toegestaanIn(plan.gemeente(), "planactie-status-wijzigen", Set.of(toegang.inwonerId()), null);
        return zicht(plan, plan.actie(actieId).orElseThrow());
    }

    private static Zicht zicht(Ondersteuningsplan plan, Planinhoud.Actie actie) {
        return new Zicht(
                actie, plan.id(), plan.versie(), plan.leefgebiedVan(actie).orElse(null));
    }
}
