package nl.vraagwijzer.shared.gemeente;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.jboss.logging.Logger;

/**
 * Logs a request for an object of another gemeente. Row-level security makes such an object
 * invisible, so the request answers 404 as for an id that does not exist; this looks past the
 * policy (the logged bypass) to see whether it exists elsewhere, and if so records the refusal in the
 * owning gemeente's access log and in the service log (without personal data).
 */
@ApplicationScoped
public class Grenswacht {

    private static final Logger LOG = Logger.getLogger(Grenswacht.class);

    /** Per kind of object: the query for its gemeente and its resident. */
    private static final Map<String, String> EIGENAAR = Map.of(
            "Inwoner", "select gemeente, id from inwoner where id = :id",
            "Hulpvraag", "select gemeente, inwoner_id from hulpvraag where id = :id",
            "Verwijzing", "select gemeente, inwoner_id from verwijzing where id = :id",
            "Toestemming", "select gemeente, inwoner_id from toestemming where id = :id",
            "Triage",
                    "select t.gemeente, h.inwoner_id from triage t join hulpvraag h on h.id = t.hulpvraag_id"
                            + " where t.id = :id");

    private final EntityManager entityManager;
    private final Systeemtoegang systeem;
    private final Gemeentekeuze keuze;
    private final Logboek logboek;

    public Grenswacht(EntityManager entityManager, Systeemtoegang systeem, Gemeentekeuze keuze, Logboek logboek) {
        this.entityManager = entityManager;
        this.systeem = systeem;
        this.keuze = keuze;
        this.logboek = logboek;
    }

    void nietGevonden(@Observes ApiProblem.NietGevonden problem) {
        String query = EIGENAAR.get(problem.soort());
        if (query == null || !(problem.id() instanceof UUID id) || keuze.isPartner()) {
            return;
        }
        try {
            Set<String> zichtbaar = keuze.zichtbaar();
            eigenaar(query, id)
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

    private record Eigenaar(String gemeente, UUID inwoner) {}

    private Optional<Eigenaar> eigenaar(String query, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            systeem.overAlleGemeenten("grenswacht");
            List<?> rijen = entityManager
                    .createNativeQuery(query)
                    .setParameter("id", id)
                    .getResultList();
            return rijen.stream()
                    .findFirst()
                    .map(rij -> (Object[]) rij)
                    .map(rij -> new Eigenaar((String) rij[0], (UUID) rij[1]));
        });
    }
}
