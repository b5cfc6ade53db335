package nl.vraagwijzer.shared.gemeente;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import nl.vraagwijzer.shared.ports.Eigendom;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Logs a request for an object of another gemeente. Row-level security makes such an object
 * invisible, so the request answers 404 as for an id that does not exist; this looks past the
 * policy (the logged bypass) to see whether it exists elsewhere, asking the feature that owns such
 * objects ({@link Eigendom}), and if so records the refusal in the owning gemeente's access log and
 * in the service log (without personal data).
 */
@ApplicationScoped
public class Grenswacht {

    private static final Logger LOG = Logger.getLogger(Grenswacht.class);

    private final Instance<Eigendom> eigendom;
    private final Systeemtoegang systeem;
    private final Gemeentekeuze keuze;
    private final Logboek logboek;

    public Grenswacht(Instance<Eigendom> eigendom, Systeemtoegang systeem, Gemeentekeuze keuze, Logboek logboek) {
        this.eigendom = eigendom;
        this.systeem = systeem;
        this.keuze = keuze;
        this.logboek = logboek;
    }

    void nietGevonden(@Observes ApiProblem.NietGevonden problem) {
        // most 404s are of kinds without personal data (the directory): no transaction for those
        boolean bewaakt =
                eigendom.stream().anyMatch(feature -> feature.soorten().contains(problem.soort()));
        if (!bewaakt || !(problem.id() instanceof UUID id) || keuze.isPartner()) {
            return;
        }
        try {
            Set<String> zichtbaar = keuze.zichtbaar();
            eigenaar(problem.soort(), id)
                    .filter(eigenaar -> !zichtbaar.contains(eigenaar.gemeente()))
                    .ifPresent(eigenaar -> {
                        String actie = problem.soort().toLowerCase(java.util.Locale.ROOT) + "-andere-gemeente";
                        logboek.geweigerdIn(
                                eigenaar.gemeente(),
                                actie,
                                List.of(eigenaar.inwoner()),
                                "gevraagd namens gemeente " + String.join(",", zichtbaar));
                        LOG.infof(
                                "Refused %s %s of gemeente %s to a caller acting for %s (logged)",
                                problem.soort(), id, eigenaar.gemeente(), String.join(",", zichtbaar));
                    });
        } catch (RuntimeException e) {
            // the answer stays the 404; a refusal that cannot be looked up is at least in the service log
            LOG.warnf("Could not check whether %s %s belongs to another gemeente: %s", problem.soort(), id, e);
        }
    }

    /** Asks each feature, in a transaction of its own that sees every gemeente. */
    private Optional<Eigendom.Eigenaar> eigenaar(String soort, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            systeem.overAlleGemeenten("grenswacht");
            return eigendom.stream()
                    .map(feature -> feature.eigenaar(soort, id))
                    .flatMap(Optional::stream)
                    .findFirst();
        });
    }
}
